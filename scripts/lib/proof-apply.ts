import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from '../../packages/proof/node_modules/@types/mdast/index.js'
import { toMarkdown } from '../../packages/proof/node_modules/mdast-util-to-markdown/index.js'
import { unified } from '../../packages/proof/node_modules/unified/index.js'
import {
  countWords,
  loadSpellers,
  parseErrata,
  proofPreset,
} from '../../packages/proof/src/index.ts'
import { readText } from '../../packages/read/src/index.ts'

/**
 * Run the whole proof stage (errata, fixes, report, typography) on the seed
 * sources as the reader gives them, write the result as Markdown to OUT
 * (default /tmp/proof-out) and print the changes' count per rule. Fails with
 * the errata entry's line when an entry no longer matches.
 * Usage: npx tsx scripts/lib/proof-apply.ts [OUT]
 */
const root = new URL('../../sources/', import.meta.url).pathname
const out = process.argv[2] ?? '/tmp/proof-out'
mkdirSync(out, { recursive: true })
const spellers = await loadSpellers()
const names = readdirSync(root)
  .filter((n) => n.endsWith('.txt'))
  .sort()
const read = names.map((n) => ({
  name: n,
  ...readText(readFileSync(join(root, n)), `sources/${n}`),
}))
const corpusWords = countWords(read.map((r) => r.tree as Root))
for (const { name, tree, file } of read) {
  const errataPath = join(root, 'errata', name.replace(/\.txt$/, '.yaml'))
  const errata = existsSync(errataPath)
    ? parseErrata(
        readFileSync(errataPath, 'utf8'),
        `sources/errata/${name.replace(/\.txt$/, '.yaml')}`,
      )
    : []
  const processor = unified().use(proofPreset({ spellers, corpusWords, errata, errataPath }))
  const result = (await processor.run(tree as Root, file)) as Root
  writeFileSync(join(out, name.replace(/\.txt$/, '.md')), toMarkdown(result))
  const byRule = new Map<string, number>()
  for (const c of file.data.changes ?? []) byRule.set(c.ruleId, (byRule.get(c.ruleId) ?? 0) + 1)
  for (const m of file.messages)
    console.log(`  ${m.line}:${m.column}  ${m.reason}  ${m.source}:${m.ruleId}`)
  console.log(
    `${name}: ${errata.length} errata, ${file.messages.length} messages; changes ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`,
  )
}
