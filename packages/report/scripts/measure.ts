/**
 * Builds the real anthology, then its report several times: time, size,
 * determinism and what the report finds. Writes report.html/json to OUT.
 *   npx tsx packages/report/scripts/measure.ts [sources/anthology.yaml] [OUT=/tmp/samizdat-report]
 * Imports the front door by path: a dev script, not part of the package.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildAnthology, loadProject } from '../../samizdat/src/index.ts'
import { buildReport } from '../src/index.ts'

const [manifest = 'sources/anthology.yaml', out = '/tmp/samizdat-report'] = process.argv.slice(2)
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16)

const rules: Record<string, string> = {}
for (const name of ['read', 'clean', 'notes', 'proof']) {
  const mod = (await import(`../../${name}/src/index.ts`)) as { rules?: Record<string, string> }
  Object.assign(rules, mod.rules)
}
const first = await buildAnthology(await loadProject(manifest), { formats: ['md'] })
const second = await buildAnthology(await loadProject(manifest), { formats: ['md'] })

const times: number[] = []
let report = buildReport(first.book, first.files, { rules })
for (let i = 0; i < 10; i++) {
  const t = performance.now()
  report = buildReport(first.book, first.files, { rules })
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const json = `${JSON.stringify(report.json, null, 2)}\n`
const again = buildReport(second.book, second.files, { rules })
const s = report.json.summary
console.log(`sources ${s.sources}, raw lines ${s.lines}, kept ${s.blocks.kept}, removed ${s.blocks.removed}`)
console.log(`corrections ${JSON.stringify(s.corrections)}`)
console.log(`notes linked ${s.notes.linked}/${s.notes.definitions}, citations ${s.citations.total} (ibid ${s.citations.ibid}, op. cit. ${s.citations.opCit})`)
console.log(`messages ${JSON.stringify(s.messages)}, unrecorded lines ${s.unrecordedLines}`)
console.log(`report: median ${times[5]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms over 10 runs`)
console.log(`html ${report.html.length} chars (${sha(report.html)}), json ${json.length} chars (${sha(json)})`)
console.log(`second build identical: html ${again.html === report.html}, json ${`${JSON.stringify(again.json, null, 2)}\n` === json}`)
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'report.html'), report.html)
writeFileSync(join(out, 'report.json'), json)
console.log(`wrote ${join(out, 'report.html')} and report.json`)
