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
const irregular = ['jänner', 'janner', 'feber', 'maerz', 'mrz', 'mrt', 'setiembre']

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')

/** Every month name and abbreviation by language, as written alone and inside a date. */
function monthForms(): [string, string][] {
  const forms: [string, string][] = irregular.map((f) => ['', f])
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
 * Words that name a month: a form, or its start of three letters or more
 * ("Sept", "janv."); in Russian, which declines them, any one-letter ending
 * on a form's stem ("январе" beside "января", "мае" beside "мая").
 */
const monthWords: ReadonlySet<string> = (() => {
  const words = new Set<string>()
  for (const [locale, form] of monthForms()) {
    for (let n = 3; n <= form.length; n++) words.add(form.slice(0, n))
    if (locale === 'ru' && form.length >= 3) words.add(`${form.slice(0, -1)}*`)
  }
  return words
})()

function namesMonth(word: string): boolean {
  const w = fold(word)
  if (w.length < 3) return false
  return monthWords.has(w) || monthWords.has(`${w.slice(0, -1)}*`)
}

const yearRe = /\d{4}|'\d{2}/u
// Day, month and year in figures: 2019-11-20, 20.11.2019, 11/2019, 2019 11 20.
const figuresRe = /\d[-./]\d|\d{4}\s\d{1,2}\s\d/u
const wordRe = /\p{L}+/gu

/** True when the text writes a year and a month, by name or in figures. */
export function mayHoldDate(text: string): boolean {
  if (!yearRe.test(text)) return false
  if (figuresRe.test(text)) return true
  for (const [word] of text.matchAll(wordRe)) if (namesMonth(word)) return true
  return false
}
