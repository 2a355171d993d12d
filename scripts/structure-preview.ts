/**
 * Print a seed (or any .txt) after readText + the structure preset, as
 * Markdown, with the messages and recorded changes. For eyeballing:
 *   npx tsx scripts/structure-preview.ts sources/soviet-power.txt [first-line last-line]
 */
import { readFileSync } from 'node:fs'
import { gfmFootnoteToMarkdown } from '../packages/read/node_modules/mdast-util-gfm-footnote/index.js'
import { toMarkdown } from '../packages/read/node_modules/mdast-util-to-markdown/index.js'
import { unified } from '../packages/read/node_modules/unified/index.js'
import { readText, structurePreset } from '../packages/read/src/index.ts'

const [path, from, to] = process.argv.slice(2)
if (!path) throw new Error('usage: structure-preview.ts FILE [FIRST LAST]')
const { file, tree } = readText(readFileSync(path), path)
if (from && to) {
  tree.children = tree.children.filter(
    (n) =>
      (n.position?.start.line ?? 0) >= Number(from) && (n.position?.end.line ?? 0) <= Number(to),
  )
}
const processor = unified().use(structurePreset)
const out = processor.runSync(tree, file) as typeof tree
console.log(toMarkdown(out, { extensions: [gfmFootnoteToMarkdown()] }))
for (const m of file.messages)
  console.log(`MSG ${m.line}:${m.column} ${m.reason} ${m.source}:${m.ruleId}`)
for (const c of file.data.changes ?? [])
  console.log(`CHG ${c.line}:${c.column ?? ''} ${c.ruleId} [${c.actual}] -> [${c.expected}]`)
