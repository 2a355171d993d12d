import { joinNames } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import type { Element as XastElement } from 'xast'
import { x } from 'xastscript'
import { xmlDocument } from './xml.ts'

export interface ManifestItem {
  id: string
  href: string
  mediaType: string
  properties?: string[]
}

export interface SpineItem {
  idref: string
  linear?: boolean
}

/** `2026-01-15` or a full timestamp → the `CCYY-MM-DDThh:mm:ssZ` form `dcterms:modified` requires. */
export function modifiedDate(buildDate: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(buildDate)
    ? new Date(`${buildDate}T00:00:00Z`)
    : new Date(buildDate)
  if (Number.isNaN(date.getTime()))
    throw new Error(`Unexpected build date \`${buildDate}\`, expected an ISO date`)
  return `${date.toISOString().slice(0, 19)}Z`
}

/** A description distributors show: what the book is and what is in it. */
export function bookDescription(book: Book): string {
  const m = book.meta
  const what = m.subtitle ? `${m.title}: ${m.subtitle}.` : `${m.title}.`
  const items = book.articles.map((a) => {
    const by = joinNames(a.meta.authors)
    return by ? `${a.meta.title ?? a.id} (${by})` : (a.meta.title ?? a.id)
  })
  const count = items.length === 1 ? 'One text' : `${items.length} texts`
  return `${what} ${count}${m.editor ? `, edited by ${m.editor}` : ''}: ${items.join('; ')}.`
}

const accessibilitySummary =
  'Text with real headings in reading order, a table of contents with every section, landmarks, and notes ' +
  'that open from their calls and link back. The only image is the cover; its words are its alternative text ' +
  'and are repeated on the title page. The stylesheet sets no fonts or colours, so the reader’s settings apply.'

function metadata(book: Book): XastElement {
  const m = book.meta
  const meta = (property: string, value: string, refines?: string, scheme?: string) =>
    x(
      'meta',
      { property, ...(refines ? { refines: `#${refines}` } : {}), ...(scheme ? { scheme } : {}) },
      value,
    )
  const children: XastElement[] = [
    x('dc:identifier', { id: 'pub-id' }, book.identifier),
    x('dc:title', { id: 'title' }, m.title),
    meta('title-type', 'main', 'title'),
  ]
  if (m.subtitle)
    children.push(
      x('dc:title', { id: 'subtitle' }, m.subtitle),
      meta('title-type', 'subtitle', 'subtitle'),
    )
  children.push(x('dc:language', m.language))
  // The editor makes an anthology; its authors are contributors to it.
  let n = 0
  if (m.editor) {
    n += 1
    children.push(
      x('dc:creator', { id: `creator-${n}` }, m.editor),
      meta('role', 'edt', `creator-${n}`, 'marc:relators'),
    )
  }
  const authors = [...new Set(book.articles.flatMap((a) => a.meta.authors ?? []))]
  for (const author of authors) {
    n += 1
    children.push(
      x(m.editor ? 'dc:contributor' : 'dc:creator', { id: `creator-${n}` }, author),
      meta('role', 'aut', `creator-${n}`, 'marc:relators'),
    )
  }
  children.push(
    x('dc:date', m.date),
    meta('dcterms:modified', modifiedDate(book.colophon.buildDate)),
  )
  if (m.publisher) children.push(x('dc:publisher', m.publisher))
  const rights = [m.rights, m.licence].filter(Boolean).join(' ')
  if (rights) children.push(x('dc:rights', rights))
  children.push(x('dc:description', bookDescription(book)))
  children.push(
    meta('schema:accessMode', 'textual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...[
      'structuralNavigation',
      'tableOfContents',
      'readingOrder',
      'alternativeText',
      'displayTransformability',
    ].map((feature) => meta('schema:accessibilityFeature', feature)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', accessibilitySummary),
    // EPUB 2 readers (and Kindle's import) find the cover through this.
    x('meta', { name: 'cover', content: 'cover-image' }),
  )
  return x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, ...children)
}

/** The package document: metadata, every file, and the reading order. */
export function packageDocument(
  book: Book,
  items: ManifestItem[],
  spine: SpineItem[],
  ncxId: string,
): string {
  const manifest = x(
    'manifest',
    {},
    ...items.map((item) =>
      x('item', {
        id: item.id,
        href: item.href,
        'media-type': item.mediaType,
        ...(item.properties?.length ? { properties: item.properties.join(' ') } : {}),
      }),
    ),
  )
  const spineEl = x(
    'spine',
    { toc: ncxId },
    ...spine.map((s) =>
      x('itemref', { idref: s.idref, ...(s.linear === false ? { linear: 'no' } : {}) }),
    ),
  )
  const pkg = x(
    'package',
    {
      xmlns: 'http://www.idpf.org/2007/opf',
      version: '3.0',
      'unique-identifier': 'pub-id',
      'xml:lang': book.meta.language,
    },
    metadata(book),
    manifest,
    spineEl,
  )
  return xmlDocument(pkg)
}
