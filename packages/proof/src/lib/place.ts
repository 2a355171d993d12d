import type { Text } from 'mdast'
import type { Point } from 'unist'

/**
 * Raw positions for every character of a text node, so that a message or a
 * record made after earlier edits still points at the right raw line and
 * column. The map is kept beside the node (keyed by identity, never stored in
 * the tree) and rebuilt from the raw lines whenever the value no longer
 * matches what was mapped.
 */
interface NodeMap {
  value: string
  /** Raw line and column of each character, plus one for the end. */
  lines: Int32Array
  columns: Int32Array
}

const maps = new WeakMap<Text, NodeMap>()

/** `/\s/.test(ch)` for one character, without a regex (called for every character aligned). */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Align a node's value with the raw lines, from the node's start point on. */
function align(node: Text, rawLines: readonly string[] | undefined): NodeMap | undefined {
  const start = node.position?.start
  if (!start) return undefined
  const value = node.value
  const lines = new Int32Array(value.length + 1)
  const columns = new Int32Array(value.length + 1)
  let n = 0
  const push = (line: number, column: number) => {
    lines[n] = line
    columns[n] = column
    n++
  }
  if (!rawLines || rawLines[start.line - 1] === undefined) {
    // No raw text to align with: columns map 1:1 from the start point.
    for (let i = 0; i <= value.length; i++) push(start.line, start.column + i)
    return { value, lines, columns }
  }
  let li = start.line - 1
  let ci = start.column - 1
  const rawAt = () => rawLines[li]?.[ci]
  const skipRawSpace = () => {
    while (li < rawLines.length) {
      const line = rawLines[li]!
      while (ci < line.length && isSpace(line[ci])) ci++
      if (ci < line.length) return
      if (li + 1 >= rawLines.length) return
      li++
      ci = 0
    }
  }
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    if (ci >= (rawLines[li]?.length ?? 0) && li + 1 < rawLines.length && isSpace(ch)) {
      // A space in the value that stands for a line break in the raw text.
      push(li + 1, ci + 1)
      li++
      ci = 0
      skipRawSpace()
      continue
    }
    if (rawAt() === ch) {
      push(li + 1, ci + 1)
      ci++
      continue
    }
    if (isSpace(ch)) {
      push(li + 1, ci + 1)
      skipRawSpace()
      continue
    }
    if (isSpace(rawAt()) || rawAt() === undefined) {
      // Raw indentation or a line end the value does not have.
      skipRawSpace()
      if (rawAt() === ch) {
        push(li + 1, ci + 1)
        ci++
        continue
      }
    }
    // Something upstream changed the text here: look a little ahead for the
    // character, else keep the current point and stay put.
    const line = rawLines[li] ?? ''
    const ahead = line.indexOf(ch, ci)
    if (ahead >= 0 && ahead - ci <= 8) ci = ahead
    push(li + 1, ci + 1)
    if (rawAt() === ch) ci++
  }
  push(li + 1, ci + 1)
  return { value, lines, columns }
}

/** The raw map of `node` (one point per character and one for the end), when the node has a position. */
function mapOf(node: Text, rawLines?: readonly string[]): NodeMap | undefined {
  const cached = maps.get(node)
  if (cached && cached.value === node.value) return cached
  const map = align(node, rawLines)
  if (map) maps.set(node, map)
  return map
}

/** The raw point of character `index` of `node` (`index` may be its length: the end). */
export function pointOf(
  node: Text,
  index: number,
  rawLines?: readonly string[],
): Point | undefined {
  const map = mapOf(node, rawLines)
  if (!map || index < 0 || index >= map.lines.length) return undefined
  return { line: map.lines[index]!, column: map.columns[index]! }
}

/**
 * Replace `value[start, end)` with `replacement`, keeping the raw map: the new
 * characters point where the replaced ones began, the rest keep their points.
 */
export function editNode(
  node: Text,
  start: number,
  end: number,
  replacement: string,
  rawLines?: readonly string[],
): void {
  const map = mapOf(node, rawLines)
  node.value = node.value.slice(0, start) + replacement + node.value.slice(end)
  if (!map) return
  const at = start < map.lines.length ? start : map.lines.length - 1
  const size = map.lines.length - (end - start) + replacement.length
  const lines = new Int32Array(size)
  const columns = new Int32Array(size)
  lines.set(map.lines.subarray(0, start))
  columns.set(map.columns.subarray(0, start))
  lines.fill(map.lines[at]!, start, start + replacement.length)
  columns.fill(map.columns[at]!, start, start + replacement.length)
  lines.set(map.lines.subarray(end), start + replacement.length)
  columns.set(map.columns.subarray(end), start + replacement.length)
  maps.set(node, { value: node.value, lines, columns })
}
