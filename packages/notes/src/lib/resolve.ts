import type { CslItem, NoteCitation } from '@samizdat/core'
import { itemId, toCslItem } from './csl.ts'
import { namesOf, parseNameList } from './names.ts'
import { type NotePart, splitNote } from './note-parts.ts'
import { parseReference } from './reference.ts'

/** A citation found earlier in the article, for `Ibid.` and `op. cit.` to point back to. */
interface Earlier {
  citation: NoteCitation
  series: string
  /** Written out in full, not itself an abbreviation. */
  full: boolean
}

export interface Unresolved {
  note: string
  kind: 'ibid' | 'op-cit' | 'loc-cit'
  text: string
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/**
 * Reads the notes of one article in order and turns each into citations,
 * resolving abbreviations: `Ibid.` to the last work cited in the same series
 * of notes; `Author, op. cit.` to that author's last full citation;
 * `Author, Title, ibid.` to a piece in the collection cited just before.
 */
export class CitationResolver {
  #earlier: Earlier[] = []
  readonly unresolved: Unresolved[] = []

  /** The citations of one note. `series` keeps `1*` notes apart from `1` notes. */
  note(label: string, series: string, text: string): NoteCitation[] {
    const out: NoteCitation[] = []
    for (const part of splitNote(text)) {
      const citation = this.#resolve(label, series, part)
      if (!citation) continue
      out.push(citation)
      this.#earlier.push({ citation, series, full: part.kind === 'work' })
    }
    return out
  }

  #resolve(label: string, series: string, part: NotePart): NoteCitation | undefined {
    const at = (c: Partial<NoteCitation> & { item: CslItem }): NoteCitation => ({
      note: label,
      ...c,
    })
    switch (part.kind) {
      case 'work': {
        const whole = parseReference(part.text)
        // Without an author the whole note may be prose around a citation: look for the citation first.
        const parsed = (whole.authors.length > 0 ? [whole] : [...embedded(part.text), whole]).find(
          looksCited,
        )
        if (!parsed) return undefined
        const item = toCslItem(parsed)
        const locator = parsed.fields.pages
        return at({ item, ...(locator ? { locator } : {}) })
      }
      case 'ibid': {
        const target = this.#last((e) => e.series === series) ?? this.#last(() => true)
        if (!target) return this.#miss(label, 'ibid', 'Ibid.')
        return at({
          item: target.citation.item,
          ...loc(part.locator),
          resolvedFrom: 'ibid',
          resolvedTo: target.citation.note,
        })
      }
      case 'op-cit':
      case 'loc-cit': {
        const target = this.#byAuthor(part.author, false)
        if (!target)
          return this.#miss(
            label,
            part.kind,
            `${part.author}, ${part.kind === 'op-cit' ? 'op. cit.' : 'loc. cit.'}`,
          )
        const locator =
          part.locator ?? (part.kind === 'loc-cit' ? target.citation.locator : undefined)
        return at({
          item: target.citation.item,
          ...loc(locator),
          resolvedFrom: part.kind,
          resolvedTo: target.citation.note,
        })
      }
      case 'chapter': {
        const target =
          part.via === 'ibid'
            ? (this.#last((e) => e.series === series) ?? this.#last(() => true))
            : this.#byAuthor(part.author, true)
        if (!target)
          return this.#miss(label, part.via, `${part.author}, ${part.title}, ${part.via}`)
        const item = chapterIn(target.citation.item, part.author, part.title)
        return at({
          item,
          ...loc(part.locator),
          resolvedFrom: part.via,
          resolvedTo: target.citation.note,
        })
      }
    }
  }

  #last(test: (e: Earlier) => boolean): Earlier | undefined {
    for (let i = this.#earlier.length - 1; i >= 0; i--)
      if (test(this.#earlier[i]!)) return this.#earlier[i]
    return undefined
  }

  /** The author's last full citation (or, for a chapter, the last one with a collection to share). */
  #byAuthor(author: string, collection: boolean): Earlier | undefined {
    const family = fold(namesOf(author)[0]?.family ?? author.replace(/^.*\s/, ''))
    const by = (e: Earlier) =>
      (e.citation.item.author ?? []).some((n) => fold(n.family ?? n.literal ?? '') === family)
    if (collection)
      return this.#last(
        (e) => by(e) && Boolean(e.citation.item['container-title'] ?? e.citation.item.title),
      )
    return this.#last((e) => by(e) && e.full) ?? this.#last(by)
  }

  #miss(note: string, kind: Unresolved['kind'], text: string): undefined {
    this.unresolved.push({ note, kind, text })
    return undefined
  }
}

const loc = (locator: string | undefined) => (locator ? { locator } : {})

/** A piece (`Workers’ Democracy`) in the collection an earlier citation names or is. */
function chapterIn(base: CslItem, author: string, title: string): CslItem {
  const item: CslItem = { id: '', type: 'chapter', title: title.replace(/[,.]+$/, '').trim() }
  const names = namesOf(author)
  if (names.length > 0) item.author = names
  const container =
    base.type === 'chapter' || base.type === 'article-journal'
      ? base['container-title']
      : base.title
  if (container) item['container-title'] = container
  for (const key of ['publisher', 'publisher-place', 'issued', 'volume', 'editor'] as const) {
    if (base[key] !== undefined) (item as Record<string, unknown>)[key] = base[key]
  }
  item.id = itemId(item)
  return item
}

/** A parse that names a work: an author and a title, or a short title with a date, place, container or page. */
function looksCited(parsed: ReturnType<typeof parseReference>): boolean {
  const { fields } = parsed
  if (!fields.title && !fields.container) return false
  if (parsed.authors.length > 0 && fields.title) return true
  const words = (fields.title ?? '').split(/\s+/).length
  return words <= 10 && Boolean(fields.date || fields.place || fields.container || fields.pages)
}

/**
 * A citation inside prose: `… draws heavily on J. Hinton, The First Shop
 * Stewards Movement, London 1973. It should be …` — an author list
 * followed by a comma, read up to the end of its sentence.
 */
function embedded(text: string): ReturnType<typeof parseReference>[] {
  const out: ReturnType<typeof parseReference>[] = []
  for (const m of text.matchAll(/\s(?=\p{Lu})/gu)) {
    const from = m.index + 1
    const names = parseNameList(text.slice(from))
    if (!names || names.form === 'inverted' || !/^\s*,\s/u.test(text.slice(from + names.end)))
      continue
    const rest = text.slice(from)
    const end = /\.(?=\s+\p{Lu}\p{Ll})|$/u.exec(rest.slice(names.end))
    const parsed = parseReference(rest.slice(0, names.end + (end?.index ?? rest.length)))
    if (
      parsed.authors.length > 0 &&
      (parsed.fields.date || parsed.fields.place || parsed.fields.container)
    )
      out.push(parsed)
    if (out.length > 0) break
  }
  return out
}
