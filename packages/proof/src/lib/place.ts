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
  /** One point per character, plus one for the end. */
  points: Point[]
}

const maps = new WeakMap<Text, NodeMap>()

/** Align a node's value with the raw lines, from the node's start point on. */
function align(node: Text, rawLines: readonly string[] | undefined): Point[] | undefined {
  const start = node.position?.start
  if (!start) return undefined
  const value = node.value
  const points: Point[] = []
  if (!rawLines || rawLines[start.line - 1] === undefined) {
    // No raw text to align with: columns map 1:1 from the start point.
    for (let i = 0; i <= value.length; i++)
      points.push({ line: start.line, column: start.column + i })
    return points
  }
  let li = start.line - 1
  let ci = start.column - 1
  const rawAt = () => rawLines[li]?.[ci]
  const skipRawSpace = () => {
    while (li < rawLines.length) {
      const line = rawLines[li]!
      while (ci < line.length && /\s/.test(line[ci]!)) ci++
      if (ci < line.length) return
      if (li + 1 >= rawLines.length) return
      li++
      ci = 0
    }
  }
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    if (ci >= (rawLines[li]?.length ?? 0) && li + 1 < rawLines.length && /\s/.test(ch)) {
      // A space in the value that stands for a line break in the raw text.
      points.push({ line: li + 1, column: ci + 1 })
      li++
      ci = 0
      skipRawSpace()
      continue
    }
    if (rawAt() === ch) {
      points.push({ line: li + 1, column: ci + 1 })
      ci++
      continue
    }
    if (/\s/.test(ch)) {
      points.push({ line: li + 1, column: ci + 1 })
      skipRawSpace()
      continue
    }
    if (/\s/.test(rawAt() ?? 'x') || rawAt() === undefined) {
      // Raw indentation or a line end the value does not have.
      skipRawSpace()
      if (rawAt() === ch) {
        points.push({ line: li + 1, column: ci + 1 })
        ci++
        continue
      }
    }
    // Something upstream changed the text here: look a little ahead for the
    // character, else keep the current point and stay put.
    const line = rawLines[li] ?? ''
    const ahead = line.indexOf(ch, ci)
    if (ahead >= 0 && ahead - ci <= 8) ci = ahead
    points.push({ line: li + 1, column: ci + 1 })
    if (rawAt() === ch) ci++
  }
  points.push({ line: li + 1, column: ci + 1 })
  return points
}

/** The raw point of each character of `node` (length value.length + 1), when the node has a position. */
export function pointsOf(node: Text, rawLines?: readonly string[]): Point[] | undefined {
  const cached = maps.get(node)
  if (cached && cached.value === node.value) return cached.points
  const points = align(node, rawLines)
  if (points) maps.set(node, { value: node.value, points })
  return points
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
  const points = pointsOf(node, rawLines)
  node.value = node.value.slice(0, start) + replacement + node.value.slice(end)
  if (!points) return
  const at = points[start] ?? points[points.length - 1]!
  const next = [
    ...points.slice(0, start),
    ...Array.from({ length: replacement.length }, () => at),
    ...points.slice(end),
  ]
  maps.set(node, { value: node.value, points: next })
}
