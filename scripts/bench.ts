/**
 * `pnpm bench [--articles N] [--no-pandoc] [--keep]`: builds an anthology of N
 * articles made from the sources (varied copies: unique titles and a unique
 * paragraph each, so nothing can be shared between copies), all three formats,
 * cold and then after changing one source; converts the same Markdown to EPUB
 * with pandoc in the same run; prints a table and one final line of JSON.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseManifest } from '@samizdat/core'
import { stringify } from 'yaml'
import { run } from './lib/proc.ts'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    'no-pandoc': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const n = Number(values.articles)
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write('bench: --articles takes a whole number ≥ 1\n')
  process.exit(2)
}

const repo = resolve(import.meta.dirname, '..')
const manifestPath = join(repo, 'sources/anthology.yaml')
const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath)
const seeds = manifest.articles!
const work = mkdtempSync(join(tmpdir(), 'samizdat-bench-'))
mkdirSync(join(work, 'sources', 'errata'), { recursive: true })

/** Copy k of a seed: its first line (the title) gets the copy's number, and a paragraph of its own is added. */
function variant(text: string, k: number): string {
  const lines = text.split('\n')
  const first = lines.findIndex((l) => l.trim() !== '')
  lines[first] = `${lines[first]!.trimEnd()} (${k})`
  const middle = Math.floor(lines.length / 2)
  lines.splice(middle, 0, '', `This paragraph belongs to copy number ${k} of the benchmark anthology, and to no other copy.`, '')
  return lines.join('\n')
}

let bytes = 0
const articles = []
for (let k = 0; k < n; k++) {
  const seed = seeds[k % seeds.length]!
  const stem = seed.source.replace(/\.txt$/, '')
  const name = `${String(k).padStart(5, '0')}-${stem}.txt`
  const text = variant(readFileSync(join(repo, 'sources', seed.source), 'utf8'), k)
  bytes += Buffer.byteLength(text)
  writeFileSync(join(work, 'sources', name), text)
  const errata = join(repo, 'sources', 'errata', `${stem}.yaml`)
  if (existsSync(errata)) writeFileSync(join(work, 'sources', 'errata', name.replace(/\.txt$/, '.yaml')), readFileSync(errata))
  const { id: _id, source: _source, ...overrides } = seed
  articles.push({ source: `sources/${name}`, ...overrides })
}
const { articles: _a, errata: _e, sources: _s, ...book } = manifest
writeFileSync(join(work, 'anthology.yaml'), stringify({ ...book, errata: 'sources/errata', articles }, { aliasDuplicateObjects: false }))

const cli = join(repo, 'packages/cli/bin/samizdat.js')
const env = { ...process.env, NO_COLOR: '1' }
const samizdat = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: repo, env })
// The command runs from a bundle that `pnpm install` makes and a source change remakes
// (packages/cli/bin/bundle.js): made here first, as install would, so no timed run includes it.
await samizdat(['--help'])
const buildArgs = ['build', '--config', join(work, 'anthology.yaml'), '--out', join(work, 'output'), '--quiet']

const cold = await samizdat(buildArgs)
if (cold.code > 1) throw new Error(`samizdat build failed (${cold.code}): ${cold.stderr.slice(0, 500)}`)
const warm = await samizdat(buildArgs)
// Change one source of N: the rebuild should redo that article and the book assembly only.
const changed = join(work, 'sources', `${String(Math.floor(n / 2)).padStart(5, '0')}-${seeds[Math.floor(n / 2) % seeds.length]!.source}`)
writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n\nOne more paragraph, added to measure an incremental rebuild.\n`)
const incremental = await samizdat(buildArgs)

let pandoc: { seconds: number; peakRssBytes: number } | undefined
if (!values['no-pandoc']) {
  const md = join(work, 'output', 'anthology.md')
  pandoc = await run('pandoc', [md, '-f', 'markdown', '-o', join(work, 'pandoc.epub')])
}

const mb = bytes / 1e6
const outSize = (f: string) => (existsSync(join(work, 'output', f)) ? statSync(join(work, 'output', f)).size : 0)
const rows = [
  ['run', 'seconds', 'MB/s', 'peak MB'],
  ['samizdat cold (3 formats)', cold.seconds.toFixed(2), (mb / cold.seconds).toFixed(2), (cold.peakRssBytes / 2 ** 20).toFixed(0)],
  ['samizdat cached, nothing changed', warm.seconds.toFixed(2), (mb / warm.seconds).toFixed(2), (warm.peakRssBytes / 2 ** 20).toFixed(0)],
  ['samizdat after 1 change', incremental.seconds.toFixed(2), (mb / incremental.seconds).toFixed(2), (incremental.peakRssBytes / 2 ** 20).toFixed(0)],
]
if (pandoc) rows.push(['pandoc md → epub', pandoc.seconds.toFixed(2), (mb / pandoc.seconds).toFixed(2), (pandoc.peakRssBytes / 2 ** 20).toFixed(0)])
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
process.stdout.write(`articles: ${n}, sources: ${mb.toFixed(2)} MB, epub ${(outSize('anthology.epub') / 1e6).toFixed(2)} MB, html ${(outSize('anthology.html') / 1e6).toFixed(2)} MB, md ${(outSize('anthology.md') / 1e6).toFixed(2)} MB\n`)
for (const r of rows) process.stdout.write(`${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`)
process.stdout.write(`incremental / cold: ${(incremental.seconds / cold.seconds).toFixed(3)}\n`)
if (!values.keep) rmSync(work, { recursive: true, force: true })
else process.stdout.write(`kept ${work}\n`)
process.stdout.write(
  `${JSON.stringify({
    articles: n,
    bytes,
    samizdat_s: Number(cold.seconds.toFixed(3)),
    pandoc_s: pandoc ? Number(pandoc.seconds.toFixed(3)) : null,
    ratio: pandoc ? Number((cold.seconds / pandoc.seconds).toFixed(4)) : null,
    peak_rss_mb: Number((cold.peakRssBytes / 2 ** 20).toFixed(1)),
    incremental_s: Number(incremental.seconds.toFixed(3)),
    incremental_ratio: Number((incremental.seconds / cold.seconds).toFixed(4)),
  })}\n`,
)
