import type { Paragraph, Root } from 'mdast'
import { VFile } from 'vfile'

/**
 * A text → the tree the proof stage sees: one paragraph per run of non-blank
 * lines (lines joined with a space), text positions in the raw lines, and a
 * vfile carrying those lines. Kept here so the tests do not depend on the
 * reader's own choices.
 */
export function treeOf(text: string, path = 'input.txt'): { tree: Root; file: VFile } {
  const lines = text.split(/\r\n|\r|\n/)
  const file = new VFile({ path, value: text })
  file.data.rawLines = lines
  const children: Paragraph[] = []
  let start = -1
  const flush = (end: number) => {
    if (start < 0) return
    const value = lines.slice(start, end).join(' ')
    const position = {
      start: { line: start + 1, column: 1 },
      end: { line: end, column: (lines[end - 1] ?? '').length + 1 },
    }
    children.push({ type: 'paragraph', position, children: [{ type: 'text', value, position }] })
    start = -1
  }
  lines.forEach((line, i) => {
    if (line.trim() === '') flush(i)
    else if (start < 0) start = i
  })
  flush(lines.length)
  return { tree: { type: 'root', children }, file }
}
