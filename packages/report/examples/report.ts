import { buildBook } from '@samizdat/book'
import { recordChange, recordRemoval } from '@samizdat/core'
import { buildReport } from '@samizdat/report'
import type { Root } from 'mdast'
import { VFile } from 'vfile'

// One raw source, as a reader and two filters would leave it.
const raw = ['Home | Archive', '', 'The essay begins here...']
const file = new VFile({ path: 'essay.txt' })
file.data.rawLines = raw
recordRemoval(file, {
  ruleId: 'clean:navigation',
  reason: 'Site navigation bar',
  line: 1,
  endLine: 1,
  text: raw[0]!,
})
recordChange(file, {
  ruleId: 'typography:ellipsis',
  reason: 'Ellipsis',
  line: 3,
  column: 22,
  actual: '...',
  expected: '…',
})
file.message('Unexpected short essay, expected more', {
  place: { line: 3, column: 1 },
  ruleId: 'short',
  source: 'demo',
})
const tree: Root = {
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [{ type: 'text', value: 'The essay begins here…' }],
      position: { start: { line: 3, column: 1 }, end: { line: 3, column: 25 } },
    },
  ],
}
const book = buildBook(
  { title: 'Demo', language: 'en', date: '2026-01-01' },
  [{ entry: { source: 'essay.txt' }, file, tree, path: 'essay.txt', format: 'txt' }],
  { software: 'demo', buildDate: '2026-01-01' },
)

const { html, json } = buildReport(book, [file])
console.log(json.summary.blocks, json.summary.corrections.typography, json.summary.messages)
console.log(`${html.length} bytes of HTML`)
