import { h, joinNames } from '@samizdat/book'
import type { Book, TocEntry } from '@samizdat/core'
import type { Element, ElementContent } from 'hast'
import type { Element as XastElement } from 'xast'
import { x } from 'xastscript'
import type { ArticlePage } from './article.ts'
import { type Page, xhtmlPage } from './page.ts'
import { xmlDocument } from './xml.ts'

export interface NavPoint {
  label: string
  href: string
  children: NavPoint[]
}

export interface Landmark {
  /** `epub:type` of the landmark: `cover`, `titlepage`, `toc`, `bodymatter`, `bibliography`… */
  type: string
  label: string
  href: string
}

/** Headings nest under the nearest earlier heading of a higher level; the article title is level 1. */
export function nestHeadings(file: string, toc: TocEntry[]): NavPoint[] {
  const top: NavPoint[] = []
  const stack: { depth: number; point: NavPoint }[] = []
  for (const entry of toc) {
    const depth = Math.max(2, entry.depth)
    const point: NavPoint = { label: entry.text, href: `${file}#${entry.id}`, children: [] }
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.point.children.push(point)
    else top.push(point)
    stack.push({ depth, point })
  }
  return top
}

/** The contents: front matter after the contents page, each article with its sections, back matter. */
export function contents(front: Page[], articles: ArticlePage[], back: Page[]): NavPoint[] {
  const page = (p: Page): NavPoint => ({ label: p.title, href: p.filename, children: [] })
  return [
    ...front.map(page),
    ...articles.map((a) => ({
      label: a.title,
      href: a.filename,
      children: nestHeadings(a.filename, a.article.toc),
    })),
    ...back.map(page),
  ]
}

function navList(points: NavPoint[]): Element {
  return h(
    'ol',
    {},
    ...points.map((p) =>
      h(
        'li',
        {},
        h('a', { href: p.href }, p.label),
        ...(p.children.length ? [navList(p.children)] : []),
      ),
    ),
  )
}

/**
 * The contents page in the reading order: each article with its author, as an
 * anthology prints it. The navigation document, which may hold only links,
 * serves the reading system's own contents view.
 */
export function contentsPage(
  book: Book,
  front: Page[],
  articles: ArticlePage[],
  back: Page[],
): Page {
  const plain = (p: Page) => h('li', {}, h('a', { href: p.filename }, p.title))
  const items = [
    ...front.map(plain),
    ...articles.map((a) => {
      const author = joinNames(a.article.meta.authors)
      return h(
        'li',
        { className: ['contents-article'] },
        h('a', { href: a.filename }, a.title),
        ...(author ? [h('span', { className: ['contents-author'] }, author)] : []),
      )
    }),
    ...back.map(plain),
  ]
  const section = h(
    'section',
    { 'epub:type': 'toc', className: ['contents'] },
    h('h1', {}, 'Contents'),
    h('ol', {}, ...items),
  )
  return {
    filename: 'contents.xhtml',
    id: 'contents',
    title: 'Contents',
    xhtml: xhtmlPage({
      lang: book.meta.language,
      title: 'Contents',
      bodyType: 'frontmatter',
      body: [section],
    }),
  }
}

/** The EPUB 3 navigation document: contents with every section, and landmarks. */
export function navDocument(book: Book, points: NavPoint[], landmarks: Landmark[]): string {
  const body: ElementContent[] = [
    h(
      'nav',
      { 'epub:type': 'toc', role: 'doc-toc', id: 'toc' },
      h('h1', {}, 'Contents'),
      navList(points),
    ),
    h(
      'nav',
      { 'epub:type': 'landmarks', id: 'landmarks', hidden: true },
      h('h2', {}, 'Landmarks'),
      h(
        'ol',
        {},
        ...landmarks.map((l) =>
          h('li', {}, h('a', { 'epub:type': l.type, href: l.href }, l.label)),
        ),
      ),
    ),
  ]
  return xhtmlPage({ lang: book.meta.language, title: 'Contents', bodyType: 'frontmatter', body })
}

function depthOf(points: NavPoint[]): number {
  return points.reduce((max, p) => Math.max(max, 1 + depthOf(p.children)), 0)
}

/** The EPUB 2 NCX, for reading systems that predate the navigation document. */
export function ncxDocument(book: Book, points: NavPoint[]): string {
  let order = 0
  const navPoint = (p: NavPoint): XastElement => {
    order += 1
    return x(
      'navPoint',
      { id: `nav-${order}`, playOrder: String(order) },
      x('navLabel', {}, x('text', p.label)),
      x('content', { src: p.href }),
      ...p.children.map(navPoint),
    )
  }
  const ncx = x(
    'ncx',
    {
      xmlns: 'http://www.daisy.org/z3986/2005/ncx/',
      version: '2005-1',
      'xml:lang': book.meta.language,
    },
    x(
      'head',
      {},
      x('meta', { name: 'dtb:uid', content: book.identifier }),
      x('meta', { name: 'dtb:depth', content: String(Math.max(1, depthOf(points))) }),
      x('meta', { name: 'dtb:totalPageCount', content: '0' }),
      x('meta', { name: 'dtb:maxPageNumber', content: '0' }),
    ),
    x('docTitle', {}, x('text', book.meta.title)),
    x('navMap', {}, ...points.map(navPoint)),
  )
  return xmlDocument(ncx)
}
