import { type Change, recordChange } from '@samizdat/core'
import type { Node } from 'unist'
import type { VFile } from 'vfile'

/** Every id this part of the reader reports is `read:<id>`. */
export const source = 'read'

/**
 * Record a change in the audit trail. The column is looked up in the raw line
 * when the changed snippet occurs there, so a report can point at it.
 */
export function noteChange(
  file: VFile,
  ruleId: string,
  reason: string,
  at: { line: number | undefined; find?: string; last?: boolean },
  actual: string,
  expected: string,
): void {
  const change: Change = { ruleId: `${source}:${ruleId}`, reason, actual, expected }
  if (at.line !== undefined) {
    change.line = at.line
    const raw = file.data.rawLines?.[at.line - 1]
    if (raw !== undefined && at.find) {
      const index = at.last ? raw.lastIndexOf(at.find) : raw.indexOf(at.find)
      if (index >= 0) change.column = index + 1
    }
  }
  recordChange(file, change)
}

/** A diagnostic on a node, with this package as its source. */
export function warn(file: VFile, node: Node, ruleId: string, reason: string, info = false): void {
  const options = { ruleId, source, ...(node.position ? { place: node.position } : {}) }
  if (info) file.info(reason, options)
  else file.message(reason, options)
}

/** A short snippet for the audit trail: the first or last few words of a text. */
export function snippet(text: string, fromEnd = false, words = 3): string {
  const parts = text.trim().split(/\s+/)
  return fromEnd ? parts.slice(-words).join(' ') : parts.slice(0, words).join(' ')
}
