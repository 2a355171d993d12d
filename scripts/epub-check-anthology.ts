/**
 * Measures the EPUB of a real anthology: builds it twice through the front
 * door and compares SHA-256, runs EPUBCheck, and counts note calls against
 * footnote asides in each chapter.
 *
 *   npx tsx packages/epub/scripts/check-anthology.ts [sources/anthology.yaml] [out.epub]
 *
 * Exits 1 when EPUBCheck reports anything or the two builds differ.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import JSZip from 'jszip'
import { buildAnthology, loadProject } from 'samizdat'
import { writeEpub } from '@samizdat/epub'

const [manifest = 'sources/anthology.yaml', out = '/tmp/samizdat-anthology.epub'] =
  process.argv.slice(2)
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

async function build(): Promise<{
  bytes: Uint8Array
  ms: number
  writeMs: number
  notes: Map<string, [number, number]>
}> {
  const project = await loadProject(manifest)
  const started = performance.now()
  const result = await buildAnthology(project, { formats: ['epub'] })
  const ms = performance.now() - started
  const bytes = result.outputs.get('anthology.epub')
  if (!bytes) throw new Error('the build wrote no EPUB')
  const writeStarted = performance.now()
  await writeEpub(result.book)
  const writeMs = performance.now() - writeStarted
  // Calls and definitions in the Book, to compare with what the EPUB holds.
  const notes = new Map<string, [number, number]>()
  for (const article of result.book.articles) {
    const json = JSON.stringify(article.tree)
    notes.set(article.id, [
      json.split('"footnoteReference"').length - 1,
      json.split('"footnoteDefinition"').length - 1,
    ])
  }
  return { bytes, ms, writeMs, notes }
}

const first = await build()
const second = await build()
writeFileSync(out, first.bytes)
const same = sha(first.bytes) === sha(second.bytes)
console.log(
  `build (pipeline + EPUB): ${first.ms.toFixed(0)} ms, ${second.ms.toFixed(0)} ms; ${first.bytes.length} bytes`,
)
console.log(`writeEpub alone: ${first.writeMs.toFixed(0)} ms, ${second.writeMs.toFixed(0)} ms`)
console.log(
  `sha256 ${sha(first.bytes)} ${same ? '= second build' : `≠ second build ${sha(second.bytes)}`}`,
)

const zip = await JSZip.loadAsync(first.bytes)
for (const [id, [calls, definitions]] of first.notes) {
  const xhtml = await zip.file(`OEBPS/article-${id}.xhtml`)?.async('string')
  if (!xhtml) continue
  const refs = xhtml.match(/epub:type="noteref"/g)?.length ?? 0
  const asides = xhtml.match(/<aside[^>]*epub:type="footnote"/g)?.length ?? 0
  const uncalled = xhtml.match(/class="footnote uncalled"/g)?.length ?? 0
  console.log(
    `${id}: calls ${calls} → noteref ${refs}; definitions ${definitions} → aside ${asides} + in-flow ${uncalled}`,
  )
}

const report = `${out}.json`
const check = spawnSync(
  'java',
  [
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-jar',
    '/usr/share/java/epubcheck.jar',
    out,
    '--json',
    report,
  ],
  { encoding: 'utf8' },
)
if (check.error) throw check.error
const messages = (
  JSON.parse(readFileSync(report, 'utf8')) as {
    messages: { severity: string; ID: string; message: string }[]
  }
).messages
const count = (s: string) => messages.filter((m) => m.severity === s).length
console.log(
  `EPUBCheck: ${count('FATAL')} fatal / ${count('ERROR')} errors / ${count('WARNING')} warnings`,
)
for (const m of messages.filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO')) {
  console.log(`  ${m.severity} ${m.ID} ${m.message}`)
}
process.exitCode = same && count('FATAL') + count('ERROR') + count('WARNING') === 0 ? 0 : 1
