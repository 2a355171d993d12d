/**
 * Whether a text could hold a date with its year written out: a four-digit
 * or abbreviated ('77) year, and beside it a month, by name or by number.
 * Date parsing is by far the slowest thing the rules do, and most blocks
 * that mention a year ("the 2019 season") name no month: this test lets them
 * skip it.
 */

/** The languages whose dates `findDate` reads (the parsers in `dates.ts`). */
const locales = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru']

/**
 * Forms that neither the full nor the short name starts with: Austrian,
 * Dutch and German abbreviations, spellings without the umlaut, an older
 * Spanish spelling.
 */
const irregular: [string, string][] = [
  ['de', 'jänner'],
  ['de', 'janner'],
  ['de', 'feber'],
  ['de', 'maerz'],
  ['de', 'mrz'],
  ['nl', 'mrt'],
  ['es', 'setiembre'],
]

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')

/** Every month name and abbreviation by language, as written alone and inside a date. */
function monthForms(): [string, string][] {
  const forms: [string, string][] = [...irregular]
  for (const locale of locales) {
    for (const month of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' })
      const dated = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' })
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2001, m, 15))
        forms.push([locale, alone.format(date)])
        forms.push([locale, dated.formatToParts(date).find((p) => p.type === 'month')?.value ?? ''])
      }
    }
  }
  return forms.map(([locale, form]): [string, string] => [locale, fold(form)])
}

/**
 * Words that name a month, with the languages they name it in: a form, or
 * its start of three letters or more ("Sept", "janv."); in Russian, which
 * declines them, any one-letter ending on a form's stem ("январе" beside
 * "января", "мае" beside "мая").
 */
const monthWords: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const words = new Map<string, Set<string>>()
  const add = (word: string, locale: string) => {
    const known = words.get(word)
    if (known) known.add(locale)
    else words.set(word, new Set([locale]))
  }
  for (const [locale, form] of monthForms()) {
    for (let n = 3; n <= form.length; n++) add(form.slice(0, n), locale)
    if (locale === 'ru' && form.length >= 3) add(`${form.slice(0, -1)}*`, locale)
  }
  return words
})()

/** The languages a word names a month in, if any. */
function monthLocales(word: string): ReadonlySet<string> | undefined {
  const w = fold(word)
  if (w.length < 3) return undefined
  return monthWords.get(w) ?? monthWords.get(`${w.slice(0, -1)}*`)
}

const yearRe = /\d{4}|'\d{2}/u
// Day, month and year in figures: 2019-11-20, 20.11.2019, 11/2019, 2019-11, 2019 11 20;
// not a score (1-0), a price ($799.99), a span of years (2005-2019), a phone number
// (03-5809-2727) or a row of a table of figures (5040 5 1 17).
const figuresRe =
  /\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b|\b\d{1,2}[-./](?:1[5-9]|20)\d{2}\b|\b(?:1[5-9]|20)\d{2}[-./]\d{1,2}\b|\b(?:1[5-9]|20)\d{2}\s\d{1,2}\s\d/u
const wordRe = /\p{L}+/gu

/**
 * The languages whose parsers may find a date in the text: none when it
 * writes no year or no month; those whose month names it holds; and English
 * when it writes the month in figures (every language's parsers read
 * figures alike, and English, day first or month first, is tried first).
 */
export function dateLocales(text: string): ReadonlySet<string> | undefined {
  if (!yearRe.test(text)) return undefined
  let found: Set<string> | undefined
  if (figuresRe.test(text)) found = new Set(['en'])
  for (const [word] of text.matchAll(wordRe)) {
    const named = monthLocales(word)
    if (!named) continue
    found ??= new Set()
    for (const locale of named) found.add(locale)
  }
  return found
}

/** True when the text writes a year and a month, by name or in figures. */
export function mayHoldDate(text: string): boolean {
  return dateLocales(text) !== undefined
}
