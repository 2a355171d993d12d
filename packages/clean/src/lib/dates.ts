import type { PartialDate } from '@samizdat/core'
import type * as chrono from 'chrono-node'
// The languages' own entry points: the package's main one loads all sixteen, and
// loading is a good part of a cold run.
import * as de from 'chrono-node/de'
import * as en from 'chrono-node/en'
import * as es from 'chrono-node/es'
import * as fr from 'chrono-node/fr'
import * as it from 'chrono-node/it'
import * as nl from 'chrono-node/nl'
import * as pt from 'chrono-node/pt'
import * as ru from 'chrono-node/ru'
import type { Block } from './blocks.ts'
import { holdsAny, requiredLiterals } from './literals.ts'
import { dateLocales } from './months.ts'

/** A date found in a block, and how much of the block it leaves unexplained. */
export interface FoundDate {
  date: PartialDate
  /** The date as written. */
  text: string
  /** The block with the date taken out. */
  rest: string
}

// Relative words ("today") need a clock; a fixed reference keeps runs reproducible,
// and only dates that name their year are accepted anyway.
const reference = new Date(Date.UTC(2000, 0, 1))
/**
 * Some of chrono's parsers build their pattern afresh on every call (a regex
 * literal inside a method), so V8 compiles it again each time and never runs
 * it natively: most of a run's time went there. The patterns depend only on
 * the parse options, which never change here, so each parser keeps its first.
 */
function steady(instance: chrono.Chrono): chrono.Chrono {
  const copy = instance.clone()
  copy.parsers = copy.parsers.map((parser) => {
    let kept: RegExp | undefined
    let literals: string[] | undefined
    const wrapped: chrono.Parser = Object.create(parser)
    wrapped.pattern = (context) => {
      if (!kept) {
        const pattern = parser.pattern(context)
        // A global or sticky pattern carries state between calls: leave it to chrono.
        if (/[gy]/u.test(pattern.flags)) return pattern
        kept = pattern
        literals = requiredLiterals(pattern)
      }
      return !literals || holdsAny(lowerCased(context.text), literals) ? kept : never
    }
    return wrapped
  })
  return copy
}

/**
 * The pattern of a parser that cannot match the text. Most of chrono's
 * parsers read relative dates ("3 days ago", "next week") with large
 * patterns that V8 compiles to machine code on their second use, which is
 * most of the first dates' cost: a text without the words a pattern needs
 * (`requiredLiterals`) skips it, with the same results.
 */
const never = /(?!)/
let lastText = ''
let lastLower = ''
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text
    lastLower = text.toLowerCase()
  }
  return lastLower
}

/** The parsers in the order they are tried, each with the language of its month names. */
const parsers: [locale: string, parser: Pick<chrono.Chrono, 'parse'>][] = (
  [
    ['en', en.casual],
    ['en', en.GB],
    ['de', de.casual],
    ['fr', fr.casual],
    ['es', es.casual],
    ['it', it.casual],
    ['pt', pt.casual],
    ['nl', nl.casual],
    ['ru', ru.casual],
  ] as const
).map(([locale, parser]) => [locale, steady(parser)])

const yearLikeRe = /\d{4}|'\d{2}/u

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The first date in a text that names its year, normalised to ISO 8601 with
 * its precision: `(November 1977)` is `1977-11`, not the first of the month.
 * A bare year counts only when the text is little more than the year.
 */
export function findDate(text: string): FoundDate | undefined {
  // Every date accepted below shows four digits or an abbreviated year ('77).
  if (!yearLikeRe.test(text)) return undefined
  // The parsers are the slow part of a run (and the first call of each compiles its
  // patterns): only a text naming a month meets them, and only those of its languages.
  const locales = dateLocales(text)
  for (const [locale, parser] of parsers) {
    if (!locales?.has(locale)) continue
    for (const r of parser.parse(text, reference)) {
      if (!/\d{4}|'\d{2}\b/u.test(r.text)) continue
      if (!r.start.isCertain('year')) continue
      const year = r.start.get('year')
      const month = r.start.get('month')
      const day = r.start.get('day')
      if (year === null || year < 1000 || year > 2999) continue
      const precision = r.start.isCertain('day')
        ? 'day'
        : r.start.isCertain('month')
          ? 'month'
          : 'year'
      const iso =
        precision === 'day'
          ? `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`
          : precision === 'month'
            ? `${year}-${pad(month ?? 1)}`
            : String(year)
      const rest = `${text.slice(0, r.index)} ${text.slice(r.index + r.text.length)}`
      return { date: { iso, precision }, text: r.text, rest }
    }
  }
  // A season names its year only ("Spring 1921"): the precision is the year.
  const season =
    /\b(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+((?:1[5-9]|20)\d{2})\b/iu.exec(
      text,
    )
  if (season?.[1]) {
    const rest = `${text.slice(0, season.index)} ${text.slice(season.index + season[0].length)}`
    return { date: { iso: season[1], precision: 'year' }, text: season[0], rest }
  }
  const year = /^\s*\(?\s*((?:1[5-9]|20)\d{2})\s*\)?\s*$/u.exec(text)
  if (year?.[1]) return { date: { iso: year[1], precision: 'year' }, text: year[1], rest: '' }
  return undefined
}

/** Words that may stand beside a date on a date line without making it prose. */
const dateLineWords =
  /\b(?:published|posted|written|dated?|updated|modified|on|at|the|in|from|first|originally|edition|issue|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|wet|west|msk|ist|jst|kst|hkt|sgt|aest|aedt|acst|awst|nzst|nzdt|sast|et|pt|ct|mt|hrs?|h|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|de|le|am|um|el)\b|\d{1,2}[:.h]\d{2}(?:\s*[ap]m)?|\d+\s*min(?:ute)?s?\s+read\b|[|,.;:()[\]–—\-/·•／]/giu

/**
 * What may stand beside a date on a date line besides those words: another
 * date (published and updated), and the name of the author or the site, in
 * capitals, after "by" or before a dash ("Chris Davies - Nov 19, 2019",
 * "Posted on … by Admin").
 */
function dateLineRest(rest: string): boolean {
  let left = rest.replace(dateLineWords, ' ').trim()
  if (left === '') return true
  const again = findDate(left)
  if (again) left = again.rest.replace(dateLineWords, ' ').trim()
  // After "by", a user name may be in lower case ("by admin").
  const by = /^by\s+/iu.test(left)
  const words = left
    .replace(/^by\s+/iu, '')
    .split(/\s+/u)
    .filter(Boolean)
  if (by) return words.length <= 3
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w))
}

/**
 * A block that is a date and nothing more (perhaps with a weekday, a time,
 * "Published" or brackets, a second date, a reading time, the author's or
 * the site's name): `Feb 4, 2020`, `(November 1977)`,
 * `Sat 6 Jan 2007, 00:00 GMT`, `By admin - 2018-09-16`.
 */
export function dateLine(text: string): FoundDate | undefined {
  if (text.length > 100) return undefined
  const found = findDate(text)
  return found && dateLineRest(found.rest) ? found : undefined
}

/** `dateLine` of a block's text, asked once per text. */
export function dateLineOf(b: Block): FoundDate | undefined {
  if (b.memo.date === undefined) b.memo.date = dateLine(b.text) ?? null
  return b.memo.date ?? undefined
}
