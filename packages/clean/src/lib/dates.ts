import type { PartialDate } from '@samizdat/core'
import * as chrono from 'chrono-node'

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
const parsers: Pick<chrono.Chrono, 'parse'>[] = [
  chrono.en.casual,
  chrono.en.GB,
  chrono.de.casual,
  chrono.fr.casual,
  chrono.es.casual,
  chrono.it.casual,
  chrono.pt.casual,
  chrono.nl.casual,
  chrono.ru.casual,
]

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The first date in a text that names its year, normalised to ISO 8601 with
 * its precision: `(November 1977)` is `1977-11`, not the first of the month.
 * A bare year counts only when the text is little more than the year.
 */
export function findDate(text: string): FoundDate | undefined {
  for (const parser of parsers) {
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
  /\b(?:published|posted|written|dated?|on|at|the|in|from|first|originally|edition|issue|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|est|edt|cst|cdt|pst|pdt|cet|cest|et|pt|ct|mt|hrs?|h|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|de|le|am|um|el)\b|\d{1,2}[:.h]\d{2}|[|,.;:()[\]–—\-/·•]/giu

/**
 * A block that is a date and nothing more (perhaps with a weekday, a time,
 * "Published" or brackets): `Feb 4, 2020`, `(November 1977)`,
 * `Sat 6 Jan 2007, 00:00 GMT`.
 */
export function dateLine(text: string): FoundDate | undefined {
  if (text.length > 80) return undefined
  const known = memo.get(text)
  if (known !== undefined) return known ?? undefined
  const found = findDate(text)
  const line = found && found.rest.replace(dateLineWords, ' ').trim() === '' ? found : null
  if (memo.size > 20_000) memo.clear()
  memo.set(text, line)
  return line ?? undefined
}

// Date parsing is the slow part of a run and every plugin asks again: remember answers.
const memo = new Map<string, FoundDate | null>()
