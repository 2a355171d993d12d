import type { PartialDate } from '@samizdat/core'

/**
 * A date as a page or a front matter writes it → `PartialDate`, keeping the
 * precision given. ISO forms keep the calendar date as written (a time zone
 * never moves it to another day); other forms (`Tue, 19 Nov 2019`,
 * `November 19, 2019`) go through `Date.parse`, which reads a zoneless date
 * as local time, so the local calendar fields give back the date as written.
 */
const isoDate = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]\d{2}:\d{2}.*)?\s*$/
const compactDate = /^\s*(\d{4})(\d{2})(\d{2})(?:T.*)?\s*$/

function valid(year: string, month?: string, day?: string): PartialDate | undefined {
  const y = Number(year)
  if (y < 1000 || y > 2999) return undefined
  if (month === undefined) return { iso: year, precision: 'year' }
  const m = Number(month)
  if (m < 1 || m > 12) return undefined
  if (day === undefined) return { iso: `${year}-${month}`, precision: 'month' }
  const d = Number(day)
  if (d < 1 || d > 31) return undefined
  return { iso: `${year}-${month}-${day}`, precision: 'day' }
}

export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    return { iso: value.toISOString().slice(0, 10), precision: 'day' }
  }
  if (typeof value === 'number' && Number.isInteger(value)) return valid(String(value))
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const iso = isoDate.exec(value) ?? compactDate.exec(value)
  if (iso) return valid(iso[1]!, iso[2], iso[3])
  // Only strings that name a year are worth handing to Date.parse.
  if (!/\b\d{4}\b/.test(value)) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) return undefined
  const date = new Date(time)
  const pad = (n: number) => String(n).padStart(2, '0')
  return valid(String(date.getFullYear()), pad(date.getMonth() + 1), pad(date.getDate()))
}
