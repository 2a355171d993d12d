/**
 * Precision and recall of the structure preset on the five seed texts, against
 * a hand-made gold standard (raw line numbers, read off the texts by an
 * editor). Furniture is cut crudely by keeping each text's body lines only,
 * standing in for the clean stage; note markers stay raw text, as they are
 * before the notes stage.
 *
 *   npx tsx scripts/structure-seeds.ts
 */
import { readFileSync } from 'node:fs'
import type { Root } from '../packages/read/node_modules/@types/mdast/index.d.ts'
import { unified } from '../packages/read/node_modules/unified/index.js'
import { readText, structurePreset } from '../packages/read/src/index.ts'

interface Gold {
  /** First and last raw line of the article body. */
  body: [number, number]
  headings: number[]
  /** First lines of paragraphs that belong in block quotations. */
  quotes: number[]
  /** Lines left out of the scoring: borderline cases (e.g. 39-word quotations). */
  either: number[]
}

const gold: Record<string, Gold> = {
  'against-electoralism': { body: [8, 78], headings: [28, 52], quotes: [], either: [] },
  'dual-power-base-building': {
    body: [7, 91],
    headings: [13, 39, 67, 85],
    quotes: [49, 51, 53, 55, 57, 61, 63],
    either: [],
  },
  'dual-power-in-our-hands': {
    body: [14, 108],
    headings: [36, 54, 86, 100],
    quotes: [22, 24, 48, 50, 52],
    either: [68],
  },
  'soviet-power': {
    body: [15, 225],
    headings: [175],
    quotes: [
      21, 33, 49, 62, 66, 72, 83, 85, 87, 89, 91, 93, 99, 105, 109, 113, 120, 141, 145, 164, 172,
      179, 183, 188, 192, 198, 212, 214, 218,
    ],
    either: [25, 206],
  },
  'towards-a-revolutionary-union-movement': {
    body: [10, 40],
    headings: [],
    quotes: [],
    either: [],
  },
}

const score = { heading: { tp: 0, fp: 0, fn: 0 }, quote: { tp: 0, fp: 0, fn: 0 } }
const processor = unified().use(structurePreset)

for (const [name, g] of Object.entries(gold)) {
  const path = new URL(`../sources/${name}.txt`, import.meta.url)
  const { file, tree } = readText(readFileSync(path), `${name}.txt`)
  tree.children = tree.children.filter((n) => {
    const line = n.position?.start.line ?? 0
    return line >= g.body[0] && line <= g.body[1]
  })
  const out = processor.runSync(tree, file) as Root
  const headings = out.children
    .filter((n) => n.type === 'heading')
    .map((n) => n.position!.start.line)
  const quotes = out.children
    .filter((n) => n.type === 'blockquote')
    .flatMap((n) => (n.type === 'blockquote' ? n.children : []))
    .map((n) => n.position!.start.line)
  const tally = (kind: 'heading' | 'quote', found: number[], want: number[]) => {
    const s = score[kind]
    for (const line of found) {
      if (want.includes(line)) s.tp++
      else if (!g.either.includes(line)) {
        s.fp++
        console.log(`  ${name}:${line} unexpected ${kind}`)
      }
    }
    for (const line of want) {
      if (!found.includes(line)) {
        s.fn++
        console.log(`  ${name}:${line} missed ${kind}`)
      }
    }
  }
  tally('heading', headings, g.headings)
  tally('quote', quotes, g.quotes)
  const messages = file.messages.map((m) => `${m.line}:${m.ruleId}`).join(', ')
  console.log(
    `${name}: ${headings.length} headings, ${quotes.length} quoted paragraphs; messages: ${messages || 'none'}`,
  )
}

for (const [kind, s] of Object.entries(score)) {
  const p = s.tp / Math.max(1, s.tp + s.fp)
  const r = s.tp / Math.max(1, s.tp + s.fn)
  console.log(
    `${kind}s: precision ${p.toFixed(3)}, recall ${r.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  )
}

// Speed: the whole preset over the five full seed texts, best of several rounds.
const texts = Object.keys(gold).map((name) =>
  readFileSync(new URL(`../sources/${name}.txt`, import.meta.url)),
)
const bytes = texts.reduce((n, t) => n + t.length, 0)
let best = Number.POSITIVE_INFINITY
for (let round = 0; round < 20; round++) {
  const parsed = texts.map((t, k) => readText(t, `seed-${k}.txt`))
  const started = performance.now()
  for (const { file, tree } of parsed) processor.runSync(tree, file)
  best = Math.min(best, performance.now() - started)
}
console.log(
  `speed: ${best.toFixed(1)} ms for ${(bytes / 1024).toFixed(0)} KB (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)`,
)
