import type { Paragraph, Root, Text } from 'mdast'
import type { Position } from 'unist'

/**
 * The first reading of a pasted page: every run of non-blank lines becomes one
 * paragraph, except that in a text whose lines are not hard-wrapped (the usual
 * case for a web page pasted from a browser, where each line is a block), each
 * line is its own paragraph. Positions point into the raw lines (1-based).
 */
export function parseLines(lines: string[]): Root {
  const wrapped = looksHardWrapped(lines)
  const children: Paragraph[] = []
  let start = -1
  const flush = (end: number) => {
    if (start < 0) return
    const parts = lines.slice(start, end)
    const value = parts.map((l) => l.trim()).join(' ')
    const position: Position = {
      start: { line: start + 1, column: 1 },
      end: { line: end, column: (lines[end - 1] ?? '').length + 1 },
    }
    const text: Text = { type: 'text', value, position }
    children.push({ type: 'paragraph', children: [text], position })
    start = -1
  }
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      flush(i)
    } else {
      if (!wrapped) flush(i)
      if (start < 0) start = i
    }
  })
  flush(lines.length)
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1 },
      end: { line: Math.max(lines.length, 1), column: (lines.at(-1) ?? '').length + 1 },
    },
  }
}

/**
 * A hard-wrapped text (e-mail, plain-text archive) has most of its non-blank
 * lines followed by another non-blank line, and those lines are of similar
 * width under ~100 characters. A pasted web page has long single-line blocks.
 */
export function looksHardWrapped(lines: string[]): boolean {
  let continued = 0
  let nonBlank = 0
  let long = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line) continue
    nonBlank++
    if (line.length > 100) long++
    if ((lines[i + 1] ?? '').trim()) continued++
  }
  if (nonBlank < 10) return false
  return continued / nonBlank > 0.6 && long / nonBlank < 0.05
}
