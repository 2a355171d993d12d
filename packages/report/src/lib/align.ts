import type { MetaFinding, Removal } from '@samizdat/core'
import type { Root, RootContent } from 'mdast'
import type { Node } from 'unist'

/** A run of raw lines (1-based, inclusive) and what became of it. */
export type Segment =
  | { kind: 'kept'; start: number; end: number; blocks: RootContent[]; findings: MetaFinding[] }
  | { kind: 'removed'; start: number; end: number; removals: Removal[]; findings: MetaFinding[] }
  | { kind: 'meta'; start: number; end: number; findings: MetaFinding[] }
  | { kind: 'unrecorded'; start: number; end: number }

export interface Alignment {
  /** In raw order; blank lines outside any segment are left out. */
  segments: Segment[]
  /** Result blocks with no raw position (made by a filter). */
  unplacedBlocks: RootContent[]
  /** Removals whose lines are not in the raw text. */
  unplacedRemovals: Removal[]
}

interface Range {
  start: number
  end: number
}

/** Raw lines a node covers: its own position, else the union of its descendants'. */
export function rangeOf(node: Node): Range | undefined {
  const p = node.position
  if (p) {
    // An end at column 1 of a later line stops before that line.
    const end = p.end.column === 1 && p.end.line > p.start.line ? p.end.line - 1 : p.end.line
    return { start: p.start.line, end: Math.max(end, p.start.line) }
  }
  const children = (node as { children?: Node[] }).children ?? []
  let out: Range | undefined
  for (const child of children) {
    const r = rangeOf(child)
    if (!r) continue
    out = out ? { start: Math.min(out.start, r.start), end: Math.max(out.end, r.end) } : r
  }
  return out
}

/** Groups items whose ranges overlap, in start order. */
function merge<T>(items: { range: Range; item: T }[]): { range: Range; items: T[] }[] {
  const sorted = [...items].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end,
  )
  const out: { range: Range; items: T[] }[] = []
  for (const { range, item } of sorted) {
    const last = out.at(-1)
    if (last && range.start <= last.range.end) {
      last.range.end = Math.max(last.range.end, range.end)
      last.items.push(item)
    } else {
      out.push({ range: { ...range }, items: [item] })
    }
  }
  return out
}

const order: Record<Segment['kind'], number> = { removed: 0, meta: 1, kept: 2, unrecorded: 3 }

/**
 * Lines up the raw text with the result: each top-level block of the final
 * tree, each removal and each line moved to the metadata claims its raw
 * lines; a non-blank line nobody claims is unrecorded (text lost without a
 * record, which the audit trail should never allow).
 */
export function align(
  rawLines: readonly string[],
  tree: Root,
  removals: readonly Removal[],
  findings: readonly MetaFinding[],
): Alignment {
  const count = rawLines.length
  const inside = (r: Range) => r.start >= 1 && r.start <= count
  const clamp = (r: Range): Range => ({
    start: r.start,
    end: Math.min(Math.max(r.end, r.start), count),
  })
  const unplacedBlocks: RootContent[] = []
  const blockItems: { range: Range; item: RootContent }[] = []
  for (const block of tree.children) {
    const r = rangeOf(block)
    if (r && inside(r)) blockItems.push({ range: clamp(r), item: block })
    else unplacedBlocks.push(block)
  }
  const unplacedRemovals: Removal[] = []
  const removalItems: { range: Range; item: Removal }[] = []
  for (const removal of removals) {
    const r = { start: removal.line, end: removal.endLine }
    if (inside(r)) removalItems.push({ range: clamp(r), item: removal })
    else unplacedRemovals.push(removal)
  }
  const segments: Segment[] = []
  for (const g of merge(blockItems))
    segments.push({ kind: 'kept', ...g.range, blocks: g.items, findings: [] })
  for (const g of merge(removalItems))
    segments.push({ kind: 'removed', ...g.range, removals: g.items, findings: [] })

  const claimed = new Array<boolean>(count + 1).fill(false)
  for (const s of segments) for (let i = s.start; i <= s.end; i++) claimed[i] = true
  const metaByLine = new Map<number, MetaFinding[]>()
  for (const finding of findings) {
    if (finding.line < 1 || finding.line > count) continue
    const host = segments.find(
      (s) =>
        s.kind !== 'meta' &&
        s.kind !== 'unrecorded' &&
        s.start <= finding.line &&
        finding.line <= s.end,
    )
    if (host && (host.kind === 'kept' || host.kind === 'removed')) host.findings.push(finding)
    else metaByLine.set(finding.line, [...(metaByLine.get(finding.line) ?? []), finding])
  }
  for (const [line, list] of metaByLine) {
    segments.push({ kind: 'meta', start: line, end: line, findings: list })
    claimed[line] = true
  }
  let run: Range | undefined
  const flush = () => {
    if (run) segments.push({ kind: 'unrecorded', ...run })
    run = undefined
  }
  for (let line = 1; line <= count; line++) {
    const blank = (rawLines[line - 1] ?? '').trim() === ''
    if (claimed[line] || blank) {
      flush()
      continue
    }
    if (run) run.end = line
    else run = { start: line, end: line }
  }
  flush()
  segments.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || a.end - b.end)
  return { segments, unplacedBlocks, unplacedRemovals }
}
