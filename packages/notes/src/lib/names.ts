import type { CslName } from '@samizdat/core'

/**
 * The author list at the start of a reference. The forms differ by style:
 * inverted (`Gibson, R. L.`, `Beck, Ulrich`), initials first (`A. Gramsci`),
 * given names first (`Thomas F. LaPorta`), surname then initials
 * (`Bauman RA`, `DULONG R.`). Each form is tried as a whole list and the
 * longest reading wins; a list keeps one form (after the first inverted
 * name, Chicago style allows given-first names).
 */
export interface NameList {
  /** Offset just after the last name (and `et al.`), before the punctuation that ends the list. */
  end: number
  names: CslName[]
  form: NameForm
  /** `et al.` closed the list. */
  etAl: boolean
  /** Offset after each name, for cutting the list short. */
  ends: number[]
}

export type NameForm = 'inverted' | 'initials-first' | 'given-first' | 'surname-initials'

const particle = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]e|[Dd]a|[Dd]el|[Dd]ella|[Dd]ello|[Dd]i|[Dd]u|[Ll]a|[Ll]e|[Dd]os|[Dd]as|do|ten|ter|bin|ibn|al|el|zu|y|St\.)\s+)`
// A surname: a capital, then letters, apostrophes, hyphens (`O’Brien`, `Hel-Or`, `Martin- Facklam`).
const surname = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*(?:\p{Ll}|\p{Lu}{2})(?:[-‐]\s?\p{Lu}?[\p{L}'’]+)*`
// Initials before a surname: `A.`, `J.-P.`, or one or two capitals without periods (`JA Lipscomb`) but
// never the words A and I; four capitals (`IEEE Trans`) are not initials.
const initial = String.raw`(?:\p{Lu}\.(?:\s?-\s?\p{Lu}\.)?|(?![AI]\s)\p{Lu}{1,2}(?=\s\p{Lu}\p{Ll}))`
// Initials with periods (`R. L.`, `V.I.`, `J.-P.`) or run together without (`RA`, `JJ`).
const dotted = String.raw`(?:\p{Lu}\.(?:\s?-?\s?\p{Lu}\.)*|\p{Lu}{1,3}(?![\p{L}])(?!\s\p{Ll}))`
const given = String.raw`\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?`
const suffix = String.raw`(?:,?\s(?:Jr\.?|Sr\.?|III|II|IV))?`

// Words that open titles, never names.
const notName = new Set(
  'The An Of On Les La Le Der Die Das Il Un Une Ein Eine In And For To From With Without By At As Is Are Was Were Be How Why What When Where Who Which This That These Those Toward Towards Introduction Review Report Proceedings Journal Annual Handbook Study Studies Analysis Evaluation Effect Effects Development History Theory New Notes Chapter Part Section Interview Letter Letters Capital Our Their His Her Its My Your We Some All Between Under Over Into Beyond About After Before During Against Through Using Evidence Toward Selected Collected Works Selections'.split(
    ' ',
  ),
)

const re = (source: string) => new RegExp(source, 'uy')

const forms: Record<NameForm, RegExp> = {
  // `Gibson, R. L.`, `Beck, Ulrich`, `ELLEFSEN, Edith`, `van Dijk, T. A.`
  inverted: re(
    String.raw`(${particle}?${surname}(?:\s${surname})?)${suffix},\s?(${given}(?:[\s-]${given})*(?:\s?${dotted})?|${dotted}(?:\s?${dotted})*)`,
  ),
  // `A. Gramsci`, `V.I. Lenin`, `J. R. Shealy`
  // One surname word after initials (`C. Harman Eurocommunism, …` is a name and a title).
  'initials-first': re(String.raw`(${initial}(?:\s?${initial})*)\s?(${particle}?${surname})`),
  // `Thomas F. LaPorta`, `Geoff Roberts`
  'given-first': re(String.raw`(${given}(?:\s(?:${given}|${initial}))*)\s(${particle}?${surname})`),
  // `Bauman RA`, `DULONG R.`, `Heidegger M.`, `de la Macorra JC`
  'surname-initials': re(
    String.raw`(${particle}*${surname}(?:\s${surname})?)\s(\p{Lu}\.(?:\s?-?\p{Lu}(?:\.|(?![\p{L}]))){0,2}|\p{Lu}{1,3}(?![\p{L}]))`,
  ),
}

// `ROUSSILLON, René. CHABERT, Catherine.`: a period between inverted names with capitalised surnames.
const separator =
  /\s*(?:\.\s(?=\p{Lu}{2,}[\p{Lu}-]*,\s)|,\s*(?:and|&|et|und|y)\s+|;\s*(?:and\s+|&\s*)?|,\s*|\s+(?:and|&|und|et|y)\s+|\s*&\s*)/uy
const etAl = /,?\s*(?:et\s?al\.?|and others|u\.\s?a\.)/uy

function nameFrom(form: NameForm, match: RegExpExecArray): CslName | undefined {
  const words = match[0].split(/[\s,]+/)
  if (words.some((w) => notName.has(w.replace(/,$/, '')))) return undefined
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
  switch (form) {
    case 'inverted':
    case 'surname-initials':
      return { family: clean(match[1]), given: clean(match[2]) }
    default:
      return { family: clean(match[2]), given: clean(match[1]) }
  }
}

function tryForm(text: string, first: NameForm): NameList | undefined {
  const names: CslName[] = []
  let at = 0
  let end = 0
  let etAlSeen = false
  const ends: number[] = []
  // After a first inverted name, Chicago style goes on given-first.
  const allowed: NameForm[] =
    first === 'inverted'
      ? ['inverted', 'given-first', 'initials-first', 'surname-initials']
      : [first]
  for (;;) {
    let matched = false
    for (const form of names.length === 0 ? [first] : allowed) {
      const pattern = forms[form]
      pattern.lastIndex = at
      const match = pattern.exec(text)
      if (!match) continue
      const after = text.slice(pattern.lastIndex, pattern.lastIndex + 2)
      // A name is followed by punctuation, a space or the end, never by more letters.
      if (/^[\p{L}\p{N}'’-]/u.test(after)) continue
      // `J. Appl. Phys.`: a journal abbreviation, not a name.
      if (
        form === 'initials-first' &&
        /^\.\s?\p{Lu}\p{Ll}{0,5}\./u.test(text.slice(pattern.lastIndex, pattern.lastIndex + 10))
      )
        continue
      const name = nameFrom(form, match)
      if (!name) continue
      names.push(name)
      at = end = pattern.lastIndex
      ends.push(end)
      matched = true
      break
    }
    if (!matched) break
    etAl.lastIndex = at
    const more = etAl.exec(text)
    if (more) {
      end = etAl.lastIndex
      ends[ends.length - 1] = end
      etAlSeen = true
      break
    }
    separator.lastIndex = at
    if (!separator.exec(text)) break
    at = separator.lastIndex
  }
  if (names.length === 0) return undefined
  return { end, names, form: first, etAl: etAlSeen, ends }
}

/** The longest author list at the start of `text`, if there is one. */
export function parseNameList(text: string): NameList | undefined {
  let best: NameList | undefined
  for (const form of Object.keys(forms) as NameForm[]) {
    const list = tryForm(text, form)
    if (list && (!best || list.end > best.end)) best = list
  }
  return best
}

/** Splits a name list already known to be names (e.g. `P. Binns and D. Hallas`). */
export function namesOf(text: string): CslName[] {
  const list = parseNameList(text)
  if (list && list.end >= text.replace(/[\s.,;:]+$/, '').length - 1) return list.names
  return text.trim() ? [{ literal: text.trim().replace(/[.,;:]$/, '') }] : []
}
