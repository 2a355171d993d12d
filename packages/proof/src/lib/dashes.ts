import type { Edit } from './block.ts'
import { inSpans, type Span } from './tokens.ts'

/**
 * Parenthetical dashes. A text keeps its own style — spaced en dash (British
 * habit), unspaced em dash (American), or spaced em dash — and every other
 * form in it (the minority style, a spaced hyphen, a double hyphen, a pair of
 * unspaced en dashes used as brackets) is made to match.
 */
export type DashStyle = 'spaced-en' | 'unspaced-em' | 'spaced-em'

export const dashStyles: readonly DashStyle[] = ['spaced-en', 'unspaced-em', 'spaced-em']

const render: Record<DashStyle, string> = {
  'spaced-en': ' – ',
  'unspaced-em': '—',
  'spaced-em': ' — ',
}

export interface Dash extends Span {
  style: DashStyle | 'hyphen' | 'double-hyphen' | 'unspaced-en'
}

/**
 * Each style's pattern, and the string every match holds around its dash
 * (`needs`). The patterns open with a lookbehind, which makes a search try
 * every offset of the text; instead each is tried, sticky, only where a match
 * could start: at the run of spaces before each dash.
 */
const patterns: [Dash['style'], RegExp, string][] = [
  // Digits on both sides are a range or a sum, not a parenthesis.
  ['spaced-em', /(?<=[^\s\d]) +— +(?=[^\s])|(?<=[^\s]) +— +(?=[^\s\d])/uy, ' — '],
  ['unspaced-em', /(?<=[^\s—])—(?=[^\s—])/uy, '—'],
  ['spaced-en', /(?<=[^\s\d]) +– +(?=[^\s])|(?<=[^\s]) +– +(?=[^\s\d])/uy, ' – '],
  ['double-hyphen', /(?<=[^\s-]) *--(?!-) *(?=[^\s-])/uy, '--'],
  ['hyphen', /(?<=[^\s\d-]) +- +(?=[^\s-])|(?<=[^\s-]) +- +(?=[^\s\d-])/uy, ' - '],
  ['unspaced-en', /(?<=[\p{Ll}’”)])–(?=[\p{Ll}‘“(])/uy, '–'],
]

/**
 * The matches of sticky `re` in `text`, as a global search for it finds them
 * (in order, none overlapping): every match holds `needs` and starts at the
 * first of the spaces (if any) before it — elsewhere in those spaces the
 * lookbehind sees a space and fails.
 */
function matchesAround(text: string, re: RegExp, needs: string): Span[] {
  const found: Span[] = []
  const dash = needs.startsWith(' ') ? 1 : 0
  let end = 0
  for (let i = text.indexOf(needs); i >= 0; i = text.indexOf(needs, i + 1)) {
    let start = i + dash
    while (start > 0 && text.charCodeAt(start - 1) === 0x20) start--
    // A search resumes after its last match: a match cannot start inside one.
    if (start < end) continue
    re.lastIndex = start
    const m = re.exec(text)
    if (!m) continue
    end = start + m[0].length
    found.push({ start, end })
  }
  return found
}

/** Every dash in `text` that could be parenthetical, in order. */
export function dashesOf(text: string, skip: readonly Span[] = []): Dash[] {
  const found: Dash[] = []
  for (const [style, re, needs] of patterns) {
    for (const m of matchesAround(text, re, needs)) {
      if (inSpans(skip, m.start, m.end)) continue
      found.push({ style, start: m.start, end: m.end })
    }
  }
  found.sort((a, b) => a.start - b.start)
  // An unspaced en dash between words is a parenthesis only when it comes in a pair (`money–many … language–that`).
  const enPairs = found.filter((d) => d.style === 'unspaced-en').length
  return found.filter((d) => d.style !== 'unspaced-en' || enPairs >= 2)
}

export type DashCounts = Record<DashStyle, number>

export function countDashes(texts: Iterable<string>): DashCounts {
  return tallyDashes([...texts].map((text) => dashesOf(text)))
}

/** `countDashes` of texts whose dashes are already found. */
export function tallyDashes(found: Iterable<Dash[]>): DashCounts {
  const counts: DashCounts = { 'spaced-en': 0, 'unspaced-em': 0, 'spaced-em': 0 }
  for (const dashes of found) {
    for (const d of dashes) if (d.style in counts) counts[d.style as DashStyle]++
  }
  return counts
}

/** The dominant style; a tie that includes `fallback`, or no dash at all, gives `fallback`. */
export function dominantDash(counts: DashCounts, fallback: DashStyle): DashStyle {
  const most = Math.max(...dashStyles.map((s) => counts[s]))
  if (counts[fallback] === most) return fallback
  return dashStyles.find((s) => counts[s] === most)!
}

/** Edits that bring every parenthetical dash of `text` to `style`. */
export function dashEdits(
  text: string,
  style: DashStyle,
  skip: readonly Span[] = [],
  found: Dash[] = dashesOf(text, skip),
): Edit[] {
  return found
    .filter((d) => d.style !== style)
    .map((d) => ({ start: d.start, end: d.end, replacement: render[style] }))
}
