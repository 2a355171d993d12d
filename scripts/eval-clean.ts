/**
 * Evaluate the clean stage on the article-extraction benchmark's development
 * split: each page's full visible text (boilerplate included) goes through
 * readText and the clean preset, and the body left is scored against the
 * human-marked article with the benchmark's own metric, beside the published
 * extractors' outputs scored by the same code (they read the HTML).
 *
 * The pages fall into two halves by a hash of their id: rules are developed
 * on half A (`--half A` shows its pages alone) and half B checks that a
 * change generalises; both are reported.
 *
 * `--save FILE` writes each page's scores; `--compare FILE` lists the pages
 * whose F1 moved since that file was saved.
 *
 *   npx tsx scripts/eval-clean.ts [--worst N] [--page ID-PREFIX] [--half A|B]
 *                                 [--save FILE] [--compare FILE]
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bodyText, cleanTree } from '../packages/clean/src/index.ts'
import { readText } from '../packages/read/src/index.ts'
import { type PageScore, scorePage, summarise } from './lib/shingles.ts'

const folder = join(import.meta.dirname, '../../shared/eval/external/scrapinghub-aeb-dev')
type Pages = Record<string, { articleBody: string }>
const load = (name: string): Pages => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Pages

const { values } = parseArgs({
  options: {
    worst: { type: 'string' },
    page: { type: 'string' },
    half: { type: 'string' },
    save: { type: 'string' },
    compare: { type: 'string' },
  },
})

const truth = load('ground-truth.json')
const input = load('output-html-text.json')
const ids = Object.keys(truth).sort()

/** Half A or B of the pages, by the first byte of the SHA-1 of the id. */
const halfOf = (id: string) =>
  (createHash('sha1').update(id).digest()[0] ?? 0) % 2 === 0 ? 'A' : 'B'

/** The body the clean stage leaves: one line per remaining block. */
export function cleanBody(text: string, id: string): string {
  const { file, tree } = readText(new TextEncoder().encode(text), `${id}.txt`)
  return bodyText(cleanTree(tree, file))
}

const started = performance.now()
const ours: PageScore[] = []
const perPage: { id: string; score: PageScore }[] = []
for (const id of ids) {
  const body = cleanBody(input[id]?.articleBody ?? '', id)
  const score = scorePage(body, truth[id]?.articleBody ?? '')
  ours.push(score)
  perPage.push({ id, score })
  if (values.page && id.startsWith(values.page)) console.log(body)
}
const seconds = (performance.now() - started) / 1000

const rows: [string, ReturnType<typeof summarise>][] = [
  ['samizdat clean (text only)', summarise(ours)],
  ...(['A', 'B'] as const).map((h): [string, ReturnType<typeof summarise>] => [
    `samizdat clean, half ${h} (${ids.filter((id) => halfOf(id) === h).length} pages)`,
    summarise(perPage.filter((p) => halfOf(p.id) === h).map((p) => p.score)),
  ]),
]
for (const [name, file] of [
  ['trafilatura', 'output-trafilatura.json'],
  ['Mozilla Readability', 'output-readability_js.json'],
  ['boilerpipe', 'output-boilerpipe.json'],
  ['jusText', 'output-justext.json'],
  ['keep everything (html-text)', 'output-html-text.json'],
] as const) {
  const predicted = load(file)
  rows.push([
    name,
    summarise(
      ids.map((id) => scorePage(predicted[id]?.articleBody ?? '', truth[id]?.articleBody ?? '')),
    ),
  ])
}

console.log(`Article extraction benchmark, development split: ${ids.length} pages`)
console.log('| extractor | F1 | precision | recall |')
console.log('|---|---|---|---|')
for (const [name, s] of rows) {
  console.log(
    `| ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`,
  )
}
console.log(
  `\nclean: ${ids.length} pages in ${seconds.toFixed(1)} s (${(ids.length / seconds).toFixed(1)} pages/s)`,
)

if (values.worst) {
  const n = Number(values.worst)
  const f1 = (s: PageScore) =>
    s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0
  console.log(`\nworst ${n} pages:`)
  const shown = perPage.filter((p) => !values.half || halfOf(p.id) === values.half)
  for (const { id, score } of shown.sort((a, b) => f1(a.score) - f1(b.score)).slice(0, n)) {
    console.log(
      `${id.slice(0, 8)} ${halfOf(id)}  F1 ${f1(score).toFixed(2)}  P ${score.precision.toFixed(2)}  R ${score.recall.toFixed(2)}`,
    )
  }
}

if (values.save)
  writeFileSync(
    values.save,
    JSON.stringify(Object.fromEntries(perPage.map((p) => [p.id, p.score]))),
  )
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, PageScore>
  const f1 = (s: PageScore) =>
    s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0
  console.log('\nchanged pages (F1 before → after, P, R):')
  for (const { id, score } of perPage) {
    const was = before[id]
    if (!was || Math.abs(f1(was) - f1(score)) < 0.005) continue
    console.log(
      `${id.slice(0, 8)} ${halfOf(id)}  ${f1(was).toFixed(2)} → ${f1(score).toFixed(2)}  P ${was.precision.toFixed(2)} → ${score.precision.toFixed(2)}  R ${was.recall.toFixed(2)} → ${score.recall.toFixed(2)}`,
    )
  }
}
