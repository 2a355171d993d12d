/**
 * `samizdat clean` on many files, as an editor runs it: the 121 pages of the
 * article-extraction benchmark (../shared/eval/external/scrapinghub-aeb-dev,
 * their full visible text, boilerplate included) written as .txt files, then
 * one `samizdat clean FILE… --out DIR` over all of them, timed from outside
 * (process start to exit, the bundle already made). `samizdat clean` runs the
 * whole filter chain (read → clean → notes → structure → proof), in the
 * worker pool; the clean stage alone is measured by `bench-clean.ts`.
 *
 *   npx tsx scripts/bench-cli-clean.ts [--rounds 3]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { run } from './lib/proc.ts'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } })
const repo = resolve(import.meta.dirname, '..')
const folder = join(repo, '..', 'shared', 'eval', 'external', 'scrapinghub-aeb-dev')
const pages = JSON.parse(readFileSync(join(folder, 'output-html-text.json'), 'utf8')) as Record<string, { articleBody: string }>
const work = mkdtempSync(join(tmpdir(), 'samizdat-clean-bench-'))
mkdirSync(join(work, 'pages'))
let bytes = 0
const files = Object.entries(pages)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([id, page]) => {
    const path = join(work, 'pages', `${id}.txt`)
    writeFileSync(path, page.articleBody)
    bytes += Buffer.byteLength(page.articleBody)
    return path
  })
const cli = join(repo, 'packages/cli/bin/samizdat.js')
await run(process.execPath, [cli, '--help'])
const times: number[] = []
let peak = 0
for (let r = 0; r < Number(values.rounds); r++) {
  const out = join(work, `out-${r}`)
  const result = await run(process.execPath, [cli, 'clean', ...files, '--out', out], { env: { ...process.env, NO_COLOR: '1' } })
  if (result.code > 1) throw new Error(`samizdat clean failed (${result.code}): ${result.stderr.slice(0, 400)}`)
  times.push(result.seconds)
  peak = Math.max(peak, result.peakRssBytes)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
const mb = bytes / 1e6
const cores = availableParallelism()
process.stdout.write(`${files.length} pages, ${mb.toFixed(2)} MB, ${cores} cores\n`)
process.stdout.write(`samizdat clean, median of ${times.length}: ${median.toFixed(2)} s, ${(mb / median).toFixed(2)} MB/s (${(mb / median / cores).toFixed(2)} MB/s per core), peak ${(peak / 2 ** 20).toFixed(0)} MB\n`)
rmSync(work, { recursive: true, force: true })
