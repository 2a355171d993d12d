import type { Paragraph, Root } from '../../packages/proof/node_modules/@types/mdast/index.js'
// The root has no dependencies of its own: take vfile from the proof package.
import { VFile } from '../../packages/proof/node_modules/vfile/index.js'

/**
 * A plain text → one paragraph per non-blank line, with raw positions, and a
 * vfile carrying the raw lines: the shape the proof stage sees, without
 * depending on the other stages. For evaluation scripts.
 */
export function treeOf(text: string, path: string): { tree: Root; file: VFile } {
  const lines = text.split(/\r\n|\r|\n/)
  const file = new VFile({ path, value: text })
  file.data.rawLines = lines
  const children: Paragraph[] = []
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const position = {
      start: { line: i + 1, column: 1 },
      end: { line: i + 1, column: line.length + 1 },
    }
    children.push({
      type: 'paragraph',
      position,
      children: [{ type: 'text', value: line, position }],
    })
  })
  return { tree: { type: 'root', children }, file }
}
