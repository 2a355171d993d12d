import type { Edit } from './block.ts'
import { inSpans, type Span } from './tokens.ts'

/**
 * The house typography's text rules other than quotes and dashes: spacing,
 * ellipses, en dashes in ranges. Each returns edits in the text's offsets;
 * nothing inside a skipped span (URL, e-mail address) is touched.
 */

const outside = (skip: readonly Span[], m: RegExpMatchArray) =>
  !inSpans(skip, m.index!, m.index! + m[0].length)

/** Doubled spaces, spaces at either end, spaces before punctuation and inside brackets. */
export function spaceEdits(text: string, skip: readonly Span[] = []): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/ {2,}/g)) {
    if (!outside(skip, m)) continue
    const atEdge = m.index === 0 || m.index + m[0].length === text.length
    if (!atEdge) edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ' })
  }
  const lead = /^[ \t]+/.exec(text)
  if (lead) edits.push({ start: 0, end: lead[0].length, replacement: '' })
  const trail = /[ \t]+$/.exec(text)
  if (trail && trail.index > 0)
    edits.push({ start: trail.index, end: text.length, replacement: '' })
  // The patterns try every space; a quick test first rules most texts out.
  if (/ [,.;:!?]/.test(text)) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{N}”’)\]]) +(?=[,.;:!?](?:\s|$|[”’)\]]))/gu)) {
      if (outside(skip, m))
        edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' })
    }
  }
  if (/[([] | [)\]]/.test(text)) {
    for (const m of text.matchAll(/(?<=[([]) +(?=\S)|(?<=\S) +(?=[)\]])/gu)) {
      if (outside(skip, m))
        edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' })
    }
  }
  return edits
}

const wordish = /[\p{L}\p{N}]/u

/**
 * `...` and `. . .` become `…`. An ellipsis glued to the next word marks words
 * left out of a sentence, so it gets a space on each side (`limit … State`).
 */
export function ellipsisEdits(text: string, skip: readonly Span[] = []): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/\.(?: ?\.){2}|…/g)) {
    if (!outside(skip, m)) continue
    const before = text[m.index - 1]
    const after = text[m.index + m[0].length]
    const glued = after !== undefined && (wordish.test(after) || after === '‘' || after === '“')
    const lead = glued && before !== undefined && /[\p{L}\p{N}’”)]/u.test(before) ? ' ' : ''
    const replacement = `${lead}…${glued ? ' ' : ''}`
    if (replacement !== m[0])
      edits.push({ start: m.index, end: m.index + m[0].length, replacement })
  }
  return edits
}

const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const monthRange = new RegExp(`(?<![\\p{L}])${month}(-)${month}(?![\\p{L}])`, 'gu')

/** The upper end of a range written short: `1936-9` → 1939, `60-1` → 61. */
function upper(low: string, high: string): number {
  return Number(high.length < low.length ? low.slice(0, low.length - high.length) + high : high)
}

/** Hyphens in number ranges (`1936-9`, `pp. 60-1`, `1917-1923`) and month ranges become en dashes. */
export function rangeEdits(text: string, skip: readonly Span[] = []): Edit[] {
  const edits: Edit[] = []
  const re =
    /(?<![\p{L}\p{N}.,\-–/:#+]|\d[\s)]|[\p{L}]-)(\d{1,4})-(\d{1,4})(?![\p{L}\p{N}\-–/]|[.,:]\d)/gu
  // Quick tests first: a number range needs `digit-digit`, a month range `letter-Capital`.
  if (!/[0-9a-z]-[0-9A-Z]/.test(text)) return edits
  for (const m of text.matchAll(re)) {
    if (!outside(skip, m)) continue
    const low = m[1]!
    const high = m[2]!
    // A longer upper end is a range only from a run of nines (`99-100`); else a code (`555-1234`).
    if (high.length > low.length && !/^9+$/.test(low)) continue
    if (upper(low, high) <= Number(low)) continue
    const at = m.index + low.length
    edits.push({ start: at, end: at + 1, replacement: '–' })
  }
  for (const m of text.matchAll(monthRange)) {
    if (!outside(skip, m)) continue
    const at = m.index + m[0].indexOf('-')
    edits.push({ start: at, end: at + 1, replacement: '–' })
  }
  return edits
}
