/**
 * Measures the structure preset's headings and block quotations on pages it
 * has never seen: the article bodies of the scrapinghub article-extraction
 * benchmark (development split, ../shared/eval/external/scrapinghub-aeb-dev).
 * The input is each page's ground-truth article text (what a perfect clean
 * stage would leave); the gold headings are the lines of that text that the
 * saved HTML marks up as <h1>–<h6> or as a paragraph that is wholly bold.
 * Gold quotations are the lines inside <blockquote>.
 *
 *   npx tsx scripts/structure-eval.ts [--show]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { Root } from '../packages/read/node_modules/@types/mdast/index.d.ts'
import { toString as nodeText } from '../packages/read/node_modules/mdast-util-to-string/index.js'
import { unified } from '../packages/read/node_modules/unified/index.js'
import { createStructurePreset, readText } from '../packages/read/src/index.ts'

const dir = new URL('../../shared/eval/external/scrapinghub-aeb-dev/', import.meta.url)
const show = process.argv.includes('--show')
const truth = JSON.parse(readFileSync(new URL('ground-truth.json', dir), 'utf8')) as Record<
  string,
  { articleBody: string }
>
const htmlFiles = readdirSync(new URL('html/', dir))

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
}
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (all, n: string) => entities[n.toLowerCase()] ?? all)
    .replace(/\s+/g, ' ')
    .trim()
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

let tp = 0
let fp = 0
let fn = 0
let pages = 0
let asItem = 0
let quoteTp = 0
let quoteFp = 0
let quoteGold = 0
const falsePositives: string[] = []
const misses: string[] = []
const quoteMisses: string[] = []
const messageCounts = new Map<string, number>()
// MIN_NEXT_WORDS / MAX_WORDS try other heading thresholds than the defaults.
const headings = {
  ...(process.env.MIN_NEXT_WORDS ? { minNextWords: Number(process.env.MIN_NEXT_WORDS) } : {}),
  ...(process.env.MAX_WORDS ? { maxWords: Number(process.env.MAX_WORDS) } : {}),
}
const processor = unified().use(createStructurePreset({ headings }))
const started = performance.now()

for (const [id, { articleBody }] of Object.entries(truth)) {
  const name = htmlFiles.find((f) => f.startsWith(id))
  if (!name) continue
  const html = gunzipSync(readFileSync(new URL(`html/${name}`, dir))).toString('utf8')
  const headingTexts = new Set<string>()
  for (const m of html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi))
    headingTexts.add(textOf(m[2]!))
  for (const m of html.matchAll(/<p\b[^>]*>\s*<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>\s*<\/p>/gi)) {
    headingTexts.add(textOf(m[2]!))
  }
  // Lines the page marks up as list items or captions: a heading there is a known kind of error.
  const itemTexts = new Set<string>()
  for (const m of html.matchAll(/<(li|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/gi))
    itemTexts.add(textOf(m[2]!))
  const quoteTexts = new Set<string>()
  for (const m of html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/gi)) {
    for (const part of m[1]!.split(/<\/p>|<br\s*\/?>/i)) {
      const t = textOf(part)
      if (t) quoteTexts.add(t)
    }
  }
  const lines = articleBody.split('\n').map(norm).filter(Boolean)
  // The first line of a body is usually the title: not a section heading.
  const gold = new Set(lines.slice(1).filter((l) => headingTexts.has(l)))
  const goldQuotes = new Set(lines.filter((l) => quoteTexts.has(l)))
  quoteGold += goldQuotes.size
  const { file, tree } = readText(new TextEncoder().encode(articleBody), id)
  const out = processor.runSync(tree, file) as Root
  pages++
  for (const m of file.messages)
    messageCounts.set(m.ruleId ?? '', (messageCounts.get(m.ruleId ?? '') ?? 0) + 1)
  const found = new Set<string>()
  for (const node of out.children) {
    if (node.type === 'heading') {
      const text = norm(nodeText(node))
      const raw = lines.find((l) => l === text || l === `${text}:`) ?? text
      found.add(raw)
      if (!gold.has(raw)) {
        fp++
        if (itemTexts.has(raw)) asItem++
        falsePositives.push(`${id.slice(0, 8)}  ${itemTexts.has(raw) ? '[li] ' : ''}${raw}`)
      }
    }
    if (node.type === 'blockquote') {
      for (const p of node.children) {
        const line = norm(articleBody.split('\n')[(p.position?.start.line ?? 1) - 1] ?? '')
        if (goldQuotes.has(line)) quoteTp++
        else {
          quoteFp++
          quoteMisses.push(`${id.slice(0, 8)}  ${line.slice(0, 160)}`)
        }
      }
    }
  }
  for (const g of gold) {
    if (found.has(g)) tp++
    else {
      fn++
      misses.push(`${id.slice(0, 8)}  ${g}`)
    }
  }
}

const ms = performance.now() - started
const precision = tp / Math.max(1, tp + fp)
const recall = tp / Math.max(1, tp + fn)
console.log(`pages ${pages}, gold headings ${tp + fn}, predicted ${tp + fp}`)
console.log(
  `headings: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
)
console.log(`  of the false positives, ${asItem} are list items or captions in the page`)
console.log(
  `block-quote paragraphs: ${quoteTp + quoteFp} predicted, ${quoteTp} inside <blockquote>; ${quoteGold} gold lines`,
)
console.log(
  `messages: ${[...messageCounts].map(([id, n]) => `read:${id} ×${n}`).join(', ') || 'none'}`,
)
console.log(`time ${ms.toFixed(0)} ms for ${pages} pages`)
if (show) {
  console.log('\nfalse positives:')
  for (const f of falsePositives) console.log(`  ${f}`)
  console.log('\nblock-quote paragraphs outside <blockquote>:')
  for (const q of quoteMisses) console.log(`  ${q}`)
  console.log('\nmisses:')
  for (const m of misses) console.log(`  ${m}`)
}
