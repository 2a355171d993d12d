import type { CslDate, CslItem } from '@samizdat/core'
import type { ParsedReference } from './reference.ts'

const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
const seasonNumbers: Record<string, number> = {
  spring: 1,
  summer: 2,
  autumn: 3,
  fall: 3,
  winter: 4,
}

/** A printed date → CSL: year, and month or season when the source gives them in English. */
export function cslDate(text: string): CslDate | undefined {
  const year = /(?:1[5-9]|20)\d\d/.exec(text)
  if (!year) return /n\.\s?d\./i.test(text) ? { literal: 'n.d.' } : undefined
  const y = Number(year[0])
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(text)
  const season = /\b(spring|summer|autumn|fall|winter)\b/i.exec(text)
  if (month) return { 'date-parts': [[y, monthNumbers[month[1]!.toLowerCase()]!]] }
  if (season)
    return { 'date-parts': [[y]], season: seasonNumbers[season[1]!.toLowerCase()] } as CslDate
  return { 'date-parts': [[y]] }
}

/** ASCII slug: `Révolution en Allemagne` → `revolution-en-allemagne`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * A stable id from the first author's family name and the title, so the
 * same work cited in two articles gets the same id: `broue-revolution-en-allemagne-1917-1923`.
 */
export function itemId(
  item: Pick<CslItem, 'author' | 'editor' | 'title' | 'container-title'>,
): string {
  const name = item.author?.[0] ?? item.editor?.[0]
  const who = name?.family ?? name?.literal ?? ''
  const what = item.title ?? item['container-title'] ?? ''
  let id = slug(`${who} ${what}`)
  if (id.length > 80) id = id.slice(0, 80).replace(/-[^-]*$/, '')
  return id || 'work'
}

const stripLabel = (s: string) =>
  s.replace(/^(?:vols?|volume|no|nos|nr|issue|n°|№|#)\.?\s?/i, '').trim()

/** Parsed fields → a CSL-JSON item (without the page locator, which belongs to the note). */
export function toCslItem(parsed: ParsedReference): CslItem {
  const f = parsed.fields
  const journalish = Boolean(f.container && (f.volume || f.issue) && !f.place && !f.publisher)
  const type = parsed.inContainer
    ? 'chapter'
    : f.container
      ? journalish || !(f.place || f.publisher)
        ? 'article-journal'
        : 'chapter'
      : f.place || f.publisher || f.date
        ? 'book'
        : 'document'
  const item: CslItem = { id: '', type }
  if (f.title) item.title = f.title.replace(/^[“"«‘'„`]+|[”"»’'`,.]+$/gu, '').trim()
  if (parsed.authors.length > 0) item.author = parsed.authors
  if (parsed.editors.length > 0) item.editor = parsed.editors
  if (f.container) item['container-title'] = f.container
  if (f.volume) item.volume = stripLabel(f.volume)
  if (f.issue) item.issue = stripLabel(f.issue)
  if (f.edition) item.edition = f.edition
  if (f.publisher) item.publisher = f.publisher
  if (f.place) item['publisher-place'] = f.place
  const issued = f.date ? cslDate(f.date) : undefined
  if (issued) item.issued = issued
  if (f.url) item.URL = f.url
  if (f.doi) item.DOI = f.doi
  item.id = itemId(item)
  return item
}
