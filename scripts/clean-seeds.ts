/**
 * Run the clean stage on every raw source and print, per source, the removals
 * by rule and the metadata found. With --verbose, every removal and finding
 * with its raw line, and the body that is left.
 *
 *   npx tsx scripts/clean-seeds.ts [--verbose] [--dir sources]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { blocksOf, bodyText, cleanTree } from '../packages/clean/src/index.ts'
import { readText } from '../packages/read/src/index.ts'

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'sources' },
  },
})
const dir = join(import.meta.dirname, '..', values.dir ?? 'sources')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()

const read = (f: string) => readText(readFileSync(join(dir, f)), f)
// Each source sees the others' blocks: repetition across one anthology is evidence.
const corpusOf = new Map(files.map((f) => [f, blocksOf(read(f).tree).map((b) => b.text)]))

for (const f of files) {
  const { file, tree } = read(f)
  const corpus = files.filter((g) => g !== f).map((g) => corpusOf.get(g) ?? [])
  const out = cleanTree(tree, file, { corpus })
  const removals = file.data.removals ?? []
  const byRule = new Map<string, number>()
  for (const r of removals) byRule.set(r.ruleId, (byRule.get(r.ruleId) ?? 0) + 1)
  const { origins: _origins, ...meta } = file.data.meta ?? {}
  console.log(`\n== ${basename(f)}: ${removals.length} removed, ${out.children.length} blocks kept`)
  console.log(`   removals: ${[...byRule].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`)
  console.log(`   metadata: ${JSON.stringify(meta)}`)
  // Nothing lost: every non-blank raw line is in the body, the metadata or the record.
  const covered = new Set<number>()
  const cover = (a: number, b: number) => {
    for (let l = a; l <= b; l++) covered.add(l)
  }
  for (const n of out.children) cover(n.position?.start.line ?? 0, n.position?.end.line ?? 0)
  for (const r of removals) cover(r.line, r.endLine)
  for (const x of file.data.findings ?? []) covered.add(x.line)
  const raw = file.data.rawLines ?? []
  const lost = raw.filter((l, i) => l.trim() && !covered.has(i + 1)).length
  console.log(`   unaccounted lines: ${lost}`)
  for (const m of file.messages)
    console.log(`   ${m.line ?? 0}:${m.column ?? 0}  ${m.reason}  ${m.source}:${m.ruleId}`)
  if (!values.verbose) continue
  for (const r of removals) console.log(`   - ${r.line}  ${r.ruleId}  ${r.text.slice(0, 110)}`)
  for (const x of file.data.findings ?? [])
    console.log(`   + ${x.line}  ${x.ruleId}  ${x.field}=${x.value.slice(0, 100)}`)
  console.log(
    bodyText(out)
      .split('\n')
      .map((l) => `   | ${l.slice(0, 110)}`)
      .join('\n'),
  )
}
