/**
 * The HTML reader on the article-extraction benchmark's development split:
 * each saved page through `readHtml`, the article's text scored with the
 * benchmark's shingle metric beside the published tools' outputs, scored by
 * the same code. Run: `npx tsx scripts/eval-html.ts [--pages] [--json out.json]`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readHtml } from '../packages/read/src/index.ts'
import { type PageScore, type Summary, scorePage, summarise } from './lib/shingles.ts'

const folder = join(import.meta.dirname, '../../shared/eval/external/scrapinghub-aeb-dev')
const baselines = ['trafilatura', 'readability_js', 'boilerpipe', 'justext', 'html-text']

interface Truth {
  articleBody: string
  url: string
}

// The mdast shape this script needs, structurally (the root has no mdast types installed).
interface Node {
  type: string
  value?: string
  children?: Node[]
}

const leafBlocks = new Set(['paragraph', 'heading', 'code', 'tableCell', 'html'])

/** Plain text of a node, as mdast-util-to-string gives it, but a line break stays a break. */
function plain(node: Node): string {
  if (node.type === 'break') return '\n'
  return node.value ?? (node.children ?? []).map(plain).join('')
}

/** Leaf blocks' text, one per line (list items and cells apart, so words never run together). */
export function articleText(tree: Node): string {
  const lines: string[] = []
  const walk = (node: Node) => {
    if (node.type === 'footnoteDefinition') return
    if (leafBlocks.has(node.type)) {
      lines.push(plain(node))
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return lines.join('\n')
}

function row(name: string, s: Summary, ms?: number): string {
  const time = ms === undefined ? '' : `  ${(ms / s.pages).toFixed(1)} ms/page`
  return `| ${name.padEnd(22)} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |${time}`
}

function main(): void {
  const args = process.argv.slice(2)
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<
    string,
    Truth
  >
  const files = readdirSync(join(folder, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
  const ours: PageScore[] = []
  const perPage: Record<string, { precision: number; recall: number; url: string }> = {}
  const predictions: Record<string, { articleBody: string }> = {}
  const started = performance.now()
  for (const name of files) {
    const id = name.replace(/\.html\.gz$/, '')
    const expected = truth[id]
    if (!expected) continue
    const { tree } = readHtml(readFileSync(join(folder, 'html', name)), name)
    const text = articleText(tree)
    predictions[id] = { articleBody: text }
    const score = scorePage(text, expected.articleBody)
    ours.push(score)
    perPage[id] = { ...score, url: expected.url }
  }
  const elapsed = performance.now() - started
  const ids = Object.keys(predictions)
  console.log(`article-extraction-benchmark, dev split: ${ids.length} pages\n`)
  console.log('| extractor              | F1    | prec. | recall |')
  console.log('|------------------------|-------|-------|--------|')
  console.log(row('samizdat readHtml', summarise(ours), elapsed))
  for (const tool of baselines) {
    const output = JSON.parse(readFileSync(join(folder, `output-${tool}.json`), 'utf8')) as Record<
      string,
      { articleBody?: string }
    >
    const scores = ids.map((id) => scorePage(output[id]?.articleBody ?? '', truth[id]!.articleBody))
    console.log(row(tool, summarise(scores)))
  }
  if (args.includes('--pages')) {
    console.log('\nworst pages (precision / recall):')
    const worst = Object.entries(perPage).sort(
      ([, a], [, b]) => a.precision + a.recall - (b.precision + b.recall),
    )
    for (const [id, p] of worst.slice(0, 25)) {
      console.log(
        `${id.slice(0, 8)}  ${p.precision.toFixed(2)} / ${p.recall.toFixed(2)}  ${p.url.slice(0, 80)}`,
      )
    }
  }
  const jsonAt = args.indexOf('--json')
  if (jsonAt >= 0 && args[jsonAt + 1])
    writeFileSync(args[jsonAt + 1]!, JSON.stringify(predictions, null, 1))
}

main()
