import type { ElementContent } from 'hast'
import { el } from './el.ts'
import type { ReportChange } from './model.ts'

/** A change placed on a raw line: `[from, to)` is the `actual` text. */
export interface Placed {
  from: number
  to: number
  change: ReportChange
}

/**
 * Finds where each change sits on its raw line: at its column when the
 * `actual` text is there, else at the first free occurrence of `actual`.
 * Changes that cannot be placed are returned to be listed under the line.
 */
export function placeOnLine(
  text: string,
  changes: readonly ReportChange[],
): { placed: Placed[]; unplaced: ReportChange[] } {
  const placed: Placed[] = []
  const unplaced: ReportChange[] = []
  const free = (from: number, to: number) =>
    !placed.some((p) => (from === to ? p.from < from && from < p.to : from < p.to && p.from < to))
  const sorted = [...changes].sort(
    (a, b) => (a.column ?? Number.MAX_SAFE_INTEGER) - (b.column ?? Number.MAX_SAFE_INTEGER),
  )
  for (const change of sorted) {
    const size = change.actual.length
    let at = -1
    const c = change.column === null ? -1 : change.column - 1
    if (c >= 0 && c <= text.length && text.startsWith(change.actual, c) && free(c, c + size)) at = c
    else if (size > 0) {
      for (let i = text.indexOf(change.actual); i >= 0; i = text.indexOf(change.actual, i + 1)) {
        if (free(i, i + size)) {
          at = i
          break
        }
      }
    }
    if (at < 0) unplaced.push(change)
    else placed.push({ from: at, to: at + size, change })
  }
  placed.sort((a, b) => a.from - b.from || a.to - b.to)
  return { placed, unplaced }
}

/** Spaces made visible where they are the point of a change (doubled, leading, trailing). */
function visible(s: string): { text: string; ws: boolean } {
  if (s !== s.trim() || /\s{2}/.test(s))
    return { text: s.replace(/ /g, '·').replace(/\t/g, '⇥'), ws: true }
  return { text: s, ws: false }
}

/** `before → after` as `<del>`/`<ins>`, titled with the reason and rule. */
export function changeMark(change: ReportChange): ElementContent {
  const parts: ElementContent[] = []
  if (change.actual) {
    const v = visible(change.actual)
    parts.push(el('del', { className: v.ws ? ['ws'] : [] }, v.text))
  }
  if (change.expected) {
    const v = visible(change.expected)
    parts.push(el('ins', { className: v.ws ? ['ws'] : [] }, v.text))
  }
  return el(
    'span',
    { className: ['chg', change.kind], title: `${change.reason} (${change.ruleId})` },
    parts,
  )
}

/** A raw line's text with its placed changes marked. */
export function markedLine(text: string, placed: readonly Placed[]): ElementContent[] {
  const out: ElementContent[] = []
  let cursor = 0
  for (const p of placed) {
    if (p.from > cursor) out.push({ type: 'text', value: text.slice(cursor, p.from) })
    out.push(changeMark(p.change))
    cursor = Math.max(cursor, p.to)
  }
  if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) })
  return out
}
