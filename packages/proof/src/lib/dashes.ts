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

/** Each style's pattern, and a string it cannot match without (a quick test that rules most texts out). */
const patterns: [Dash['style'], RegExp, string][] = [
  // Digits on both sides are a range or a sum, not a parenthesis.
  ['spaced-em', /(?<=[^\s\d]) +— +(?=[^\s])|(?<=[^\s]) +— +(?=[^\s\d])/gu, ' — '],
  ['unspaced-em', /(?<=[^\s—])—(?=[^\s—])/gu, '—'],
  ['spaced-en', /(?<=[^\s\d]) +– +(?=[^\s])|(?<=[^\s]) +– +(?=[^\s\d])/gu, ' – '],
  ['double-hyphen', /(?<=[^\s-]) *--(?!-) *(?=[^\s-])/gu, '--'],
  ['hyphen', /(?<=[^\s\d-]) +- +(?=[^\s-])|(?<=[^\s-]) +- +(?=[^\s\d-])/gu, ' - '],
  ['unspaced-en', /(?<=[\p{Ll}’”)])–(?=[\p{Ll}‘“(])/gu, '–'],
]

/** Every dash in `text` that could be parenthetical, in order. */
export function dashesOf(text: string, skip: readonly Span[] = []): Dash[] {
  const found: Dash[] = []
  for (const [style, re, needs] of patterns) {
    if (!text.includes(needs)) continue
    for (const m of text.matchAll(re)) {
      if (inSpans(skip, m.index, m.index + m[0].length)) continue
      found.push({ style, start: m.index, end: m.index + m[0].length })
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
