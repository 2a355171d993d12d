import { formatDate, h, joinNames } from '@samizdat/book'
import type { Book, WorkCited } from '@samizdat/core'
import type { ElementContent, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import type { ArticlePage } from './article.ts'
import { type Page, para, webLink, xhtmlPage } from './page.ts'

/** Bibliography HTML from citeproc may hold only inline styling; anything else is unwrapped. */
const inlineOnly = {
  ...defaultSchema,
  tagNames: ['i', 'em', 'b', 'strong', 'span', 'sup', 'sub', 'small'],
}

function fragment(html: string): ElementContent[] {
  const tree = sanitize(fromHtml(html, { fragment: true }), inlineOnly) as HastRoot
  return tree.children as ElementContent[]
}

const text = (value: string): ElementContent => ({ type: 'text', value })

/** `a`, `a and b`, `a, b and c` for nodes. */
function joined(items: ElementContent[][]): ElementContent[] {
  return items.flatMap((item, i) => [
    ...(i === 0 ? [] : [text(i === items.length - 1 ? ' and ' : ', ')]),
    ...item,
  ])
}

/** "Cited in The First Essay, notes 1 and 2", each number a link to the place it is called. */
function citedIn(work: WorkCited, pages: Map<string, ArticlePage>): ElementContent[] {
  const byArticle = new Map<string, string[]>()
  for (const { article, note } of work.citedBy)
    byArticle.set(article, [...(byArticle.get(article) ?? []), note])
  const parts: ElementContent[][] = []
  for (const [articleId, labels] of byArticle) {
    const page = pages.get(articleId)
    if (!page) continue
    const links = [...new Set(labels)].map((label) => {
      const note = page.notes.find((n) => n.label === label)
      const target = note ? (note.refIds[0] ?? note.id) : undefined
      return [target ? h('a', { href: `${page.filename}#${target}` }, label) : text(label)]
    })
    parts.push([
      h('i', {}, page.title),
      text(`, ${links.length === 1 ? 'note' : 'notes'} `),
      ...joined(links),
    ])
  }
  if (parts.length === 0) return []
  return [
    text(' '),
    h('span', { className: ['cited-in'] }, 'Cited in ', ...joinedWith(parts, '; '), '.'),
  ]
}

function joinedWith(items: ElementContent[][], separator: string): ElementContent[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [text(separator)]), ...item])
}

export function worksCitedPage(book: Book, pages: Map<string, ArticlePage>): Page | undefined {
  if (book.bibliography.length === 0) return undefined
  const works = new Map(book.worksCited.map((w) => [w.id, w]))
  const items = book.bibliography.map((entry) => {
    const work = works.get(entry.id)
    return h(
      'li',
      { 'epub:type': 'biblioentry' },
      h('span', { className: ['entry'] }, ...fragment(entry.html)),
      ...(work ? citedIn(work, pages) : []),
    )
  })
  const children: ElementContent[] = [h('h1', {}, 'Works cited')]
  if (book.bibliographyStyle)
    children.push(para('style-note', `Formatted in ${book.bibliographyStyle}.`))
  children.push(h('ul', { className: ['works-cited'] }, ...items))
  return backPage(
    book,
    'works-cited',
    'Works cited',
    h('section', { 'epub:type': 'bibliography', role: 'doc-bibliography' }, ...children),
  )
}

export function contributorsPage(book: Book, pages: Map<string, ArticlePage>): Page | undefined {
  if (book.contributors.length === 0) return undefined
  const entries = book.contributors.map((c) => {
    // A bio usually opens with the name itself: print the name once, in bold.
    const rest = c.note?.startsWith(c.name)
      ? c.note.slice(c.name.length)
      : c.note
        ? `. ${c.note}`
        : '.'
    const works = c.articles
      .map((id) => pages.get(id))
      .filter((p): p is ArticlePage => p !== undefined)
      .map((p) => [h('a', { href: p.filename }, p.title)])
    const inBook: ElementContent[] = works.length
      ? [
          text(' '),
          h('span', { className: ['contributor-works'] }, 'In this book: ', ...joined(works), '.'),
        ]
      : []
    return h('p', { className: ['contributor'] }, h('b', {}, c.name), rest, ...inBook)
  })
  return backPage(
    book,
    'contributors',
    'Contributors',
    h('section', { 'epub:type': 'contributors' }, h('h1', {}, 'Contributors'), ...entries),
  )
}

/** `2026-01-15` → `15 January 2026`; a full timestamp keeps its date. */
function buildDay(iso: string): string {
  const day = iso.slice(0, 10)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate({ iso: day, precision: 'day' }) : iso
}

/** Sources with their provenance, the edition's own rights, and what made it. */
export function colophonPage(book: Book): Page {
  const m = book.meta
  const authors = new Map(book.articles.map((a) => [a.id, joinNames(a.meta.authors)]))
  const sources = book.colophon.sources.map((s) => {
    const parts: ElementContent[] = [h('i', {}, s.title)]
    const author = authors.get(s.articleId)
    if (author) parts.push(text(`, by ${author}`))
    // An issue line such as `No. 103, November 1977` already carries the date.
    const date = s.date && !s.issue?.includes(s.date) ? s.date : undefined
    const where = [s.publication, s.issue, date].filter(Boolean).join(', ')
    if (where) parts.push(text(`. ${where}`))
    if (s.url) parts.push(text('. From '), webLink(s.url))
    for (const credit of s.credits) parts.push(text(`. ${credit.replace(/\.$/, '')}`))
    if (s.rights) parts.push(text(`. ${s.rights.replace(/\.$/, '')}`))
    parts.push(text('.'))
    return h('li', {}, ...parts)
  })
  const edition = [m.subtitle ? `${m.title}: ${m.subtitle}` : m.title]
  if (m.editor) edition.push(`edited by ${m.editor}`)
  const children: ElementContent[] = [
    h('h1', {}, 'Colophon'),
    para('edition', `${edition.join(', ')}.${m.publisher ? ` Published by ${m.publisher}.` : ''}`),
    h('h2', {}, 'Sources'),
    h('ul', { className: ['sources'] }, ...sources),
    h('h2', {}, 'This edition'),
  ]
  // Only the manifest's own words on rights: nothing is reserved unless it says so.
  for (const statement of [m.rights, m.licence])
    if (statement) children.push(para('rights', statement))
  children.push(
    para(
      'software',
      `Made with ${book.colophon.software} on ${buildDay(book.colophon.buildDate)}.`,
    ),
    para('identifier', `Identifier: ${book.identifier}`),
  )
  return backPage(
    book,
    'colophon',
    'Colophon',
    h(
      'section',
      { 'epub:type': 'colophon', role: 'doc-colophon', className: ['colophon'] },
      ...children,
    ),
  )
}

function backPage(book: Book, id: string, title: string, section: ElementContent): Page {
  return {
    filename: `${id}.xhtml`,
    id,
    title,
    xhtml: xhtmlPage({ lang: book.meta.language, title, bodyType: 'backmatter', body: [section] }),
  }
}
