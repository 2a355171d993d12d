import { type Label, parseLabel, superscriptClass } from './labels.ts'

/** How a marker is written in the running text. */
export type MarkerForm = 'bracket' | 'paren' | 'superscript' | 'symbol'

export interface MarkerCandidate {
  /** Offsets in the text value: the marker itself, without the space before it. */
  start: number
  end: number
  /** The marker as printed, e.g. `[12]`. */
  raw: string
  label: Label
  form: MarkerForm
  /**
   * A bracketed number or symbol is a note marker even when its note is
   * missing; the other forms (`(1)`, `²`, `*`) are also ordinary text
   * (enumerations, exponents, emphasis), so they count only when a note
   * with that label exists.
   */
  strong: boolean
}

// `[12]`, `[1*]`, `[*]`, `[†]`: at most three digits, so `[1917]` (a year) is not a marker.
const bracket = /\[(\d{1,3}\*{0,2}|\*{1,3}|†{1,2}|‡)\]/gu
// `(12)`, `(1*)` right after a word or punctuation, or after a space.
const paren = /\((\d{1,3}\*?)\)/gu
// Superscript digits attached to the previous character.
const superscript = new RegExp(
  `(?<=[^\\s${superscriptClass.slice(1, -1)}])${superscriptClass}+`,
  'gu',
)
// `*`, `†`, `‡` attached to a word or punctuation and followed by a boundary.
const symbol = /(?<=[\p{L}\p{N}.,;:!?’”'")\]])(\*{1,3}|†{1,2}|‡)(?=[\s.,;:!?’”'")]|$)/gu

/**
 * A character each form's marker must hold. The patterns open with a
 * lookbehind, which makes the regex engine try every offset of the text: most
 * paragraphs hold none of these characters, and are passed over at once.
 */
const hints: Record<MarkerForm, RegExp> = {
  bracket: /\[/,
  paren: /\(/,
  superscript: new RegExp(superscriptClass, 'u'),
  symbol: /[*†‡]/u,
}

/** Every place in a text that could be a note marker, in order, without overlaps. */
export function findMarkers(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  const scan = (re: RegExp, form: MarkerForm, strongIf: (label: Label) => boolean) => {
    if (!hints[form].test(text)) return
    for (const match of text.matchAll(re)) {
      const raw = match[0]
      const label = parseLabel(match[1] ?? raw)
      if (!label) continue
      const start = match.index
      found.push({ start, end: start + raw.length, raw, label, form, strong: strongIf(label) })
    }
  }
  scan(bracket, 'bracket', () => true)
  scan(paren, 'paren', () => false)
  scan(superscript, 'superscript', () => false)
  // An exponent is not a note: `40 m²`, `10³`, `km²`.
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!
    if (
      c.form === 'superscript' &&
      /(?:\d|\d\s?\p{L}{1,2}|\b(?:m|km|cm|mm|ft|in))$/u.test(
        text.slice(Math.max(0, c.start - 4), c.start),
      )
    ) {
      found.splice(i, 1)
    }
  }
  scan(symbol, 'symbol', () => false)
  found.sort((a, b) => a.start - b.start)
  const out: MarkerCandidate[] = []
  for (const candidate of found) {
    const last = out.at(-1)
    if (last && candidate.start < last.end) continue
    out.push(candidate)
  }
  return out
}
