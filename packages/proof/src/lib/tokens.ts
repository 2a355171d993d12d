/**
 * Words and the spans that are not prose. URLs, e-mail addresses, handles and
 * file-like names are skipped by every rule: they are neither spelled nor
 * typeset.
 */

export interface Span {
  start: number
  end: number
}

export interface Token extends Span {
  text: string
}

const urlLike = [
  /\b(?:https?|ftp):\/\/[^\s<>"“”‘’]+[^\s<>"“”‘’.,;:!?)\]]/giu,
  /\bwww\.[^\s<>"“”‘’]+[^\s<>"“”‘’.,;:!?)\]]/giu,
  /[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  // Bare domains with a path or a well-known ending: example.org/x, isj.org.uk
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|uk|io|info|co|de|fr|es|it|ru)\b(?:\/[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]])?/giu,
  // Handles and hashtags: @name, #AbolishIce
  /(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_.]+[\p{L}\p{N}_]/gu,
]

/** Spans of URLs, e-mail addresses, handles and hashtags in `text`, sorted. */
export function skippedSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const re of urlLike) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const s of spans) {
    const last = merged.at(-1)
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

export function inSpans(spans: readonly Span[], start: number, end = start + 1): boolean {
  return spans.some((s) => start < s.end && end > s.start)
}

/**
 * Word tokens: letters with inner apostrophes and hyphens (`don’t`,
 * `working-class`). A trailing apostrophe of a plural possessive
 * (`workers’`) stays outside the token.
 */
const wordRe = /[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*/gu

export function wordsOf(text: string, skip: readonly Span[] = skippedSpans(text)): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(wordRe)) {
    const start = m.index
    const end = start + m[0].length
    // Glued to digits (`COVID-19`, `3D`) or inside a skipped span: not a word to proof.
    if (/[\p{N}_]/u.test(text[start - 1] ?? '') || /[\p{N}_]/u.test(text[end] ?? '')) continue
    if (inSpans(skip, start, end)) continue
    // Elided articles and names: `L’Ordine`, `d’être`, `O’Callaghan` — the word is what follows.
    const elided = /^[LlDdO]['’](?=\p{L}{2})/u.exec(m[0])
    if (elided) {
      tokens.push({ text: m[0].slice(2), start: start + 2, end })
      continue
    }
    tokens.push({ text: m[0], start, end })
  }
  return tokens
}

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'jr',
  'sr',
  'rev',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'no',
  'nos',
  'vol',
  'vols',
  'p',
  'pp',
  'ch',
  'chap',
  'ed',
  'eds',
  'trans',
  'tr',
  'fig',
  'figs',
  'op',
  'cit',
  'ibid',
  'loc',
  'cf',
  'etc',
  'al',
  'ie',
  'eg',
  'vs',
  'viz',
  'approx',
  'ca',
  'c',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'esp',
  'incl',
  'misc',
  'para',
  'paras',
  'sec',
  'ff',
  'n',
  'nn',
  'ad',
  'bc',
  'am',
  'pm',
  'est',
  'vii',
  'viii',
  'ii',
  'iii',
  'iv',
  'vi',
  'ix',
  'xi',
  'xii',
  'oz',
  'lb',
  'lbs',
  'tsp',
  'tbsp',
  'min',
  'mins',
  'hr',
  'hrs',
  'sec',
  'secs',
  'gal',
  'qt',
  'pt',
  'doz',
  'kg',
  'mg',
  'ml',
  'cm',
  'mm',
  'km',
  'yd',
  'yds',
  'mi',
  'mph',
  'ft',
  'sq',
  'pkg',
  'max',
  'ref',
  'tel',
  'ext',
  'govt',
  'natl',
  'intl',
])

/** True when the word before a full stop is an abbreviation (so the stop does not end a sentence). */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (abbreviations.has(w)) return true
  // Initials and dotted forms: `A.`, `U.S.`, `i.e.`, `p.m.`
  if (/^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word)) return true
  // Short forms without a vowel are abbreviations (`Tbsp.`, `pkg.`).
  if (w.length <= 4 && !/[aeiouy]/.test(w)) return true
  return false
}

/**
 * True when offset `i` in `text` begins a sentence: at the start, or after
 * `.`, `!`, `?`, `:`, `;`-less openings (quotes, brackets, dashes) that
 * themselves follow a sentence end or the start.
 */
export function startsSentence(text: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && /[\s“‘"'([—–\-\uFFFC]/u.test(text[j]!)) j--
  if (j < 0) return true
  const ch = text[j]!
  if (ch === '!' || ch === '?' || ch === ':' || ch === '…') return true
  if (/[”’")\]]/u.test(ch)) {
    // A quotation or bracket that closes on a sentence end: `… power.” Then`
    let k = j
    while (k >= 0 && /[”’")\]]/u.test(text[k]!)) k--
    return k >= 0 && /[.!?…]/u.test(text[k]!)
  }
  if (ch === '.') {
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, j - 20), j + 1))
    if (!before) return true
    return !isAbbreviation(before[1]!)
  }
  if (/\p{N}/u.test(ch)) return false
  return false
}

/** Words that follow a leading apostrophe for dropped letters: ’tis, ’em, ’90s, rock ’n’ roll. */
export const elision =
  /^(?:tis|twas|twere|twill|em|n|cause|cos|til|bout|neath|gainst|ere)(?![\p{L}])|^\d\d(?:s|(?!\p{N}))/iu
