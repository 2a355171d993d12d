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
  /** `text` in lower case, once asked for (`lowerOf`). */
  lower?: string | undefined
}

/** A token's text in lower case, worked out once (several rules compare words in lower case). */
export function lowerOf(token: Token): string {
  token.lower ??= token.text.toLowerCase()
  return token.lower
}

const asciiLower = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c)

/** Is `token` in lower case `lower`? The first letters, when ASCII, rule most pairs out without lowering. */
export function sameLower(token: Token, lower: string): boolean {
  const a = token.text.charCodeAt(0)
  const b = lower.charCodeAt(0)
  if (a < 0x80 && b < 0x80 && asciiLower(a) !== b) return false
  return lowerOf(token) === lower
}

/** Are two tokens the same in lower case? */
export function sameWord(a: Token, b: Token): boolean {
  const x = a.text.charCodeAt(0)
  const y = b.text.charCodeAt(0)
  if (x < 0x80 && y < 0x80 && asciiLower(x) !== asciiLower(y)) return false
  return lowerOf(a) === lowerOf(b)
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

/**
 * What each pattern above cannot match without: most prose has none of it, and
 * these scan far faster than the patterns, which try every word boundary.
 */
const needs: ((text: string) => boolean)[] = [
  (text) => text.includes('://'),
  (text) => dotWith(text, /www\./iuy, 3, (c) => c === 'w' || c === 'W'),
  (text) => text.includes('@'),
  // Every ending starts with one of these letters (none of them has a case-insensitive twin outside ASCII).
  (text) =>
    dotWith(text, /\.(?:com|org|net|edu|gov|uk|io|info|co|de|fr|es|it|ru)\b/iuy, 0, (_, after) =>
      'conegiudfrCONEGIUDFR'.includes(after || '#'),
    ),
  (text) => text.includes('@') || text.includes('#'),
]

/**
 * Does sticky `re` match `back` units before some full stop of `text`, where
 * `near` (given the characters before and after the stop) lets it try?
 * Faster than a search from every offset.
 */
function dotWith(
  text: string,
  re: RegExp,
  back: number,
  near: (before: string, after: string) => boolean,
): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i < back || !near(text[i - 1] ?? '', text[i + 1] ?? '')) continue
    re.lastIndex = i - back
    if (re.test(text)) return true
  }
  return false
}

/** Spans of URLs, e-mail addresses, handles and hashtags in `text`, sorted. */
export function skippedSpans(text: string): Span[] {
  const spans: Span[] = []
  urlLike.forEach((re, i) => {
    if (!needs[i]!(text)) return
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length })
  })
  if (spans.length === 0) return spans
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
  for (const s of spans) if (start < s.end && end > s.start) return true
  return false
}

/**
 * Word tokens: letters with inner apostrophes and hyphens (`don’t`,
 * `working-class`). A trailing apostrophe of a plural possessive
 * (`workers’`) stays outside the token. A hand-written scanner, the same as
 * matching `/[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*\/gu`, which alone cost
 * more than the rest of the tokenising.
 */
const letterRe = /^[\p{L}\p{M}]$/u
const digitRe = /^[\p{N}_]$/u
/** Per UTF-16 unit below 0x10000: 0 unknown, 1 letter or mark, 2 not. */
const letterTable = new Uint8Array(0x10000)
const digitTable = new Uint8Array(0x10000)

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!
    return cp > 0xffff && letterRe.test(String.fromCodePoint(cp))
  }
  let known = letterTable[c]!
  if (known === 0) {
    known = letterRe.test(String.fromCharCode(c)) ? 1 : 2
    letterTable[c] = known
  }
  return known === 1
}

/** Length in UTF-16 units of the code point at `i` (2 for a surrogate pair). */
const widthAt = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
}

/** `/[\p{N}_]/u` on one UTF-16 unit (a lone surrogate is neither). */
function isDigitUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || c === 0x5f
  let known = digitTable[c]!
  if (known === 0) {
    known = digitRe.test(String.fromCharCode(c)) ? 1 : 2
    digitTable[c] = known
  }
  return known === 1
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010

/** End of the run of letters and marks that starts at `i`. */
function runEnd(text: string, i: number): number {
  while (i < text.length && isLetterAt(text, i)) i += widthAt(text, i)
  return i
}

export function wordsOf(text: string, skip: readonly Span[] = skippedSpans(text)): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    if (!isLetterAt(text, i)) {
      i += widthAt(text, i)
      continue
    }
    const start = i
    i = runEnd(text, i)
    while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isLetterAt(text, i + 1))
      i = runEnd(text, i + 1)
    const end = i
    // Glued to digits (`COVID-19`, `3D`) or inside a skipped span: not a word to proof.
    if (isDigitUnit(text, start - 1) || isDigitUnit(text, end)) continue
    if (skip.length > 0 && inSpans(skip, start, end)) continue
    // Elided articles and names: `L’Ordine`, `d’être`, `O’Callaghan` — the word is what follows.
    const second = text.charCodeAt(start + 1)
    if (
      (second === 0x27 || second === 0x2019) &&
      'LlDdO'.includes(text[start]!) &&
      elidedRe.test(text.slice(start, end))
    ) {
      tokens.push({ text: text.slice(start + 2, end), start: start + 2, end, lower: undefined })
      continue
    }
    tokens.push({ text: text.slice(start, end), start, end, lower: undefined })
  }
  return tokens
}

const elidedRe = /^[LlDdO]['’](?=\p{L}{2})/u

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
