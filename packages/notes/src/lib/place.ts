import type { Text } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'

/**
 * Maps an offset inside a text node's value back to a line and column in
 * the raw file. The reader joins a paragraph's trimmed lines with single
 * spaces, so the raw lines are re-joined the same way to find the offset;
 * when an earlier filter has changed the text and the lines no longer
 * match, the node's own start plus the offset is the best estimate.
 */
export function pointAt(file: VFile, node: Text, offset: number): Point | undefined {
  const position = node.position
  if (!position) return undefined
  const raw = file.data.rawLines
  const { start, end } = position
  if (raw) {
    let at = 0
    for (let line = start.line; line <= end.line; line++) {
      const rawLine = raw[line - 1] ?? ''
      const trimmed = rawLine.trim()
      const lead = rawLine.length - rawLine.trimStart().length
      const first = line === start.line
      // The first line may start inside the raw line (a node split earlier).
      const base = first ? Math.max(start.column - 1, lead) : lead
      const slice = first ? rawLine.slice(base).trimEnd() : trimmed
      if (offset <= at + slice.length) {
        const piece = node.value.slice(at, at + slice.length)
        if (piece === slice) return { line, column: base + (offset - at) + 1 }
        break
      }
      at += slice.length + 1
    }
  }
  return { line: start.line, column: start.column + offset }
}
