import type { ArticleMeta, ArticleEntry, PartialDate } from '@samizdat/core'

function partialDate(iso: string): PartialDate {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day'
  return { iso, precision }
}

/** The manifest has the last word: each field it sets replaces what the text yielded. */
export function mergeMeta(found: ArticleMeta, entry: ArticleEntry): ArticleMeta {
  const meta: ArticleMeta = { ...found, origins: { ...found.origins } }
  const set = <K extends Exclude<keyof ArticleMeta, 'origins'>>(key: K, value: ArticleMeta[K] | undefined) => {
    if (value === undefined) return
    meta[key] = value
    meta.origins![key] = { from: 'manifest' }
  }
  set('title', entry.title)
  set('subtitle', entry.subtitle)
  set('authors', entry.author === undefined ? undefined : Array.isArray(entry.author) ? entry.author : [entry.author])
  set('date', entry.date === undefined ? undefined : partialDate(entry.date))
  set('publication', entry.publication)
  set('issue', entry.issue)
  set('url', entry.url)
  set('rights', entry.rights)
  if (entry.credits) set('credits', [...(found.credits ?? []), ...entry.credits])
  return meta
}

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

/** `1977-11` → `November 1977`; `2007-01-06` → `6 January 2007`. */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.iso.split('-')
  const month = m ? months[Number(m) - 1] : undefined
  if (date.precision === 'day' && d && month) return `${Number(d)} ${month} ${y}`
  if (date.precision !== 'year' && month) return `${month} ${y}`
  return y ?? date.iso
}

/** The line books print under an article title: publication, issue and date. */
export function publicationLine(meta: ArticleMeta): string | undefined {
  const date = meta.date ? formatDate(meta.date) : undefined
  // An issue line such as `No. 103, November 1977` already carries the date.
  const dated = date && meta.issue?.includes(date) ? undefined : date
  const parts = [meta.publication, meta.issue, dated].filter(
    (p): p is string => Boolean(p),
  )
  return parts.length ? parts.join(', ') : undefined
}

/** `A`, `A and B`, `A, B and C`. */
export function joinNames(names: string[] | undefined): string | undefined {
  if (!names?.length) return undefined
  if (names.length === 1) return names[0]
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The edition's rights and licence as one line: a full stop between the two, none added to one alone. */
export function rightsLine(meta: { rights?: string; licence?: string }): string | undefined {
  const parts = [meta.rights, meta.licence].filter((p): p is string => Boolean(p))
  if (parts.length < 2) return parts[0]
  return parts.map((p, i) => (i < parts.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p)).join(' ')
}
