import type { Nodes, Parent, Root, Text } from 'mdast'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { editNode, pointOf } from './place.ts'
import { type Span, skippedSpans, type Token, wordsOf } from './tokens.ts'

/**
 * Proofreading works on blocks (paragraphs, headings, table cells), whose text
 * is gathered from every text node inside them: emphasis, strong, links (their
 * text, never their URL). Inline code, HTML, images and footnote references are
 * not prose: each stands in the block's text as one placeholder character, so
 * a sentence reads across them but no finding or fix can span them.
 */
export const PLACEHOLDER = '\uFFFC'

export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

interface Segment {
  node: Text
  start: number
  end: number
}

export interface Block {
  kind: BlockKind
  node: Parent
  /** The block's text: text node values joined, placeholders between. */
  value: string
  segments: Segment[]
}

const containers = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

function gather(parent: Parent, parts: (Text | null)[]): void {
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'text') parts.push(child)
    else if (containers.has(child.type)) gather(child as Parent, parts)
    else parts.push(null)
  }
}

function buildBlock(kind: BlockKind, node: Parent): Block {
  const parts: (Text | null)[] = []
  gather(node, parts)
  let value = ''
  const segments: Segment[] = []
  for (const part of parts) {
    if (part === null) {
      value += PLACEHOLDER
      continue
    }
    segments.push({ node: part, start: value.length, end: value.length + part.value.length })
    value += part.value
  }
  return { kind, node, value, segments }
}

/**
 * Spans and words of a block's text, kept beside its node (keyed by identity,
 * never stored in the tree) while the text stays the same: every detector
 * reads them, and the plugins after one that changed nothing reuse them.
 */
const words = new WeakMap<Parent, { value: string; skip: Span[]; tokens?: Token[] }>()

function wordsAt(block: Block): { value: string; skip: Span[]; tokens?: Token[] } {
  let known = words.get(block.node)
  if (known?.value !== block.value) {
    known = { value: block.value, skip: skippedSpans(block.value) }
    words.set(block.node, known)
  }
  return known
}

/** The spans of `block.value` that are not prose (URLs, e-mail addresses), computed once per value. */
export const skipOf = (block: Block): Span[] => wordsAt(block).skip

/** The words of `block.value` (`wordsOf`), computed once per value. */
export function tokensOf(block: Block): Token[] {
  const known = wordsAt(block)
  known.tokens ??= wordsOf(block.value, known.skip)
  return known.tokens
}

/** Every block of the tree that holds prose, in document order (notes included). */
export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(buildBlock(node.type, node))
      return
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return blocks
}

/** The segment holding block offsets [start, end), or undefined when the range crosses a boundary. */
export function segmentAt(block: Block, start: number, end = start): Segment | undefined {
  return block.segments.find(
    (s) => s.start <= start && end <= s.end && (start < s.end || start === end),
  )
}

/** Raw point of a block offset, when the text node under it has a position. */
export function pointAt(block: Block, file: VFile, offset: number): Point | undefined {
  const segment =
    block.segments.find((s) => s.start <= offset && offset < s.end) ??
    block.segments.find((s) => s.end === offset)
  if (!segment) return undefined
  return pointOf(segment.node, offset - segment.start, file.data.rawLines)
}

/** Raw place of a block range [start, end). */
export function placeOf(
  block: Block,
  file: VFile,
  start: number,
  end: number,
): Position | undefined {
  const from = pointAt(block, file, start)
  if (!from) return undefined
  const last = end > start ? pointAt(block, file, end - 1) : from
  const to = last ? { line: last.line, column: last.column + (end > start ? 1 : 0) } : from
  return { start: from, end: to.line === from.line && to.column < from.column ? from : to }
}

export interface Edit {
  start: number
  end: number
  replacement: string
}

/**
 * Apply edits given in block offsets. Edits that cross a node boundary or
 * overlap an earlier one are dropped; the block's value is rebuilt after.
 * Returns the edits applied.
 */
export function applyEdits(block: Block, file: VFile, edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Edit[] = []
  let last = -1
  for (const edit of sorted) {
    if (edit.start < last) continue
    if (!segmentAt(block, edit.start, edit.end)) continue
    kept.push(edit)
    last = Math.max(edit.end, edit.start + 1)
  }
  for (const edit of [...kept].reverse()) {
    const segment = segmentAt(block, edit.start, edit.end)!
    editNode(
      segment.node,
      edit.start - segment.start,
      edit.end - segment.start,
      edit.replacement,
      file.data.rawLines,
    )
  }
  const rebuilt = buildBlock(block.kind, block.node)
  block.value = rebuilt.value
  block.segments = rebuilt.segments
  return kept
}
