import { formatDate, h, joinNames } from '@samizdat/book'
import type { Book, ColophonSource } from '@samizdat/core'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { sanitize } from 'hast-util-sanitize'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { bookFace } from './fonts.ts'
import { hyphenateTree } from './hyphenate.ts'

/** Ids of the front and back matter, prefixed so no article slug can take them. */
export const matterIds = {
  contents: 'sz-contents',
  editorsNote: 'sz-editors-note',
  worksCited: 'sz-works-cited',
  contributors: 'sz-contributors',
  colophon: 'sz-colophon',
} as const

/** A field as a sentence: a full stop added only when it has no closing punctuation. */
export const sentence = (text: string) =>
  /[.!?…]["’”)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`

const isoDate = (iso: string) =>
  formatDate({ iso, precision: iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day' })

export function titlePage(book: Book): Element {
  const m = book.meta
  const parts: Element[] = [h('h1', { className: ['book-title'] }, m.title)]
  if (m.subtitle) parts.push(h('p', { className: ['book-subtitle'] }, m.subtitle))
  if (m.editor) parts.push(h('p', { className: ['book-editor'] }, `Edited by ${m.editor}`))
  if (m.publisher) parts.push(h('p', { className: ['book-publisher'] }, m.publisher))
  return h('section', { className: ['title-page'] }, ...parts)
}

/** The back of the title page: edition, rights, licence, the book's identifier. */
export function imprint(book: Book): Element {
  const m = book.meta
  const lines = [
    `${m.title}${m.editor ? `, edited by ${m.editor}` : ''}. This edition ${isoDate(m.date)}.`,
    m.publisher ? `Published by ${m.publisher}.` : undefined,
    m.rights,
    m.licence ? `Licence: ${sentence(m.licence)}` : undefined,
    m.rights ? undefined : 'Each text keeps the rights its source gave it; see the colophon.',
    `Set in ${bookFace}. Made with ${book.colophon.software}.`,
    book.identifier,
  ].filter((l): l is string => Boolean(l))
  return h('section', { className: ['imprint'] }, ...lines.map((l) => h('p', {}, l)))
}

interface ContentsEntry {
  id: string
  title: string
  author?: string
}

function contentsEntries(book: Book): ContentsEntry[] {
  const entries: ContentsEntry[] = []
  if (book.meta.editorsNote) entries.push({ id: matterIds.editorsNote, title: 'Editor’s note' })
  for (const a of book.articles) {
    const entry: ContentsEntry = { id: a.id, title: a.meta.title ?? a.id }
    const author = joinNames(a.meta.authors)
    if (author) entry.author = author
    entries.push(entry)
  }
  if (book.bibliography.length) entries.push({ id: matterIds.worksCited, title: 'Works cited' })
  if (book.contributors.length) entries.push({ id: matterIds.contributors, title: 'Contributors' })
  entries.push({ id: matterIds.colophon, title: 'Colophon' })
  return entries
}

/** The contents: each entry links to its chapter; the page number comes from `target-counter`. */
export function contents(book: Book): Element {
  const items = contentsEntries(book).map((e) => {
    const parts: ElementContent[] = [
      h('a', { className: ['toc-page'], href: `#${e.id}`, ariaHidden: 'true' }),
      h('a', { className: ['toc-title'], href: `#${e.id}` }, e.title),
    ]
    if (e.author) parts.push(h('span', { className: ['toc-author'] }, e.author))
    return h('li', {}, ...parts)
  })
  return h(
    'nav',
    { className: ['toc'], id: matterIds.contents },
    h('h1', {}, 'Contents'),
    h('ol', {}, ...items),
  )
}

/** The editor's note from the manifest, Markdown without raw HTML. */
export function editorsNote(book: Book): Element | undefined {
  const text = book.meta.editorsNote
  if (!text) return undefined
  const tree = toHast(fromMarkdown(text)) as HastRoot
  const section = h(
    'section',
    { className: ['editors-note'], id: matterIds.editorsNote },
    h('h1', { dataRunning: 'Editor’s note' }, 'Editor’s note'),
    ...(tree.children as ElementContent[]),
  )
  hyphenateTree(section, book.meta.language)
  return section
}

/** Only the inline markup a bibliography needs survives from citeproc's HTML. */
const bibliographySchema = {
  tagNames: ['i', 'em', 'b', 'strong', 'span', 'sup', 'sub', 'sc'],
  attributes: {},
  strip: ['script', 'style'],
}

export function worksCited(book: Book): Element | undefined {
  if (book.bibliography.length === 0) return undefined
  const items = book.bibliography.map((entry) => {
    const tree = sanitize(fromHtml(entry.html, { fragment: true }), bibliographySchema) as HastRoot
    return h('li', { id: `sz-work-${entry.id}` }, ...(tree.children as ElementContent[]))
  })
  const section = h(
    'section',
    { className: ['back', 'works-cited'], id: matterIds.worksCited },
    h('h1', { dataRunning: 'Works cited' }, 'Works cited'),
    h('ul', { className: ['bibliography'] }, ...items),
  )
  hyphenateTree(section, book.meta.language)
  return section
}

export function contributors(book: Book): Element | undefined {
  if (book.contributors.length === 0) return undefined
  const titleOf = new Map(book.articles.map((a) => [a.id, a.meta.title ?? a.id]))
  const rows = book.contributors.flatMap((c) => {
    const out: Element[] = [h('dt', {}, c.name)]
    if (c.note) out.push(h('dd', {}, c.note))
    const titles = c.articles.map((id) => titleOf.get(id) ?? id)
    out.push(h('dd', { className: ['contributor-articles'] }, titles.join('; ')))
    return out
  })
  const section = h(
    'section',
    { className: ['back', 'contributors'], id: matterIds.contributors },
    h('h1', { dataRunning: 'Contributors' }, 'Contributors'),
    h('dl', {}, ...rows),
  )
  hyphenateTree(section, book.meta.language)
  return section
}

/** One source in the colophon: where the text came from and who made it available. */
export function colophonSource(source: ColophonSource): Element {
  const lines: ElementContent[] = [h('p', {}, h('em', {}, source.title))]
  const pub = [source.publication, source.issue, source.date]
    .filter((p): p is string => Boolean(p))
    .join(', ')
  if (pub) lines.push(h('p', {}, pub))
  if (source.url)
    lines.push(h('p', {}, h('a', { className: ['url'], href: source.url }, source.url)))
  for (const credit of source.credits) lines.push(h('p', {}, credit))
  if (source.rights) lines.push(h('p', {}, source.rights))
  return h('div', { className: ['colophon-source'] }, ...lines)
}

/** The closing page: sources with their addresses, credits, rights, the build and its software. */
export function colophon(book: Book, sources: ColophonSource[] = book.colophon.sources): Element {
  const m = book.meta
  const made = `Built on ${isoDate(book.colophon.buildDate)} with ${book.colophon.software}, set in ${bookFace}.`
  const parts: ElementContent[] = [h('h1', { dataRunning: 'Colophon' }, 'Colophon')]
  parts.push(h('p', {}, h('em', {}, m.title), m.editor ? `, edited by ${m.editor}.` : '.'))
  if (m.rights) parts.push(h('p', {}, m.rights))
  if (m.licence) parts.push(h('p', {}, `Licence: ${sentence(m.licence)}`))
  parts.push(h('h2', {}, sources.length === 1 ? 'Source' : 'Sources'))
  parts.push(...sources.map(colophonSource))
  parts.push(h('p', { className: ['colophon-made'] }, made))
  return h('section', { className: ['back', 'colophon'], id: matterIds.colophon }, ...parts)
}
