import { h, joinNames, publicationLine, type RenderedNote, renderArticle } from '@samizdat/book'
import type { BookArticle } from '@samizdat/core'
import type { ElementContent } from 'hast'
import { noteBlock, noteCall } from './notes.ts'
import { packDocument } from './container.ts'
import { para, xhtmlPage } from './page.ts'
import type { ZipEntry } from './zip.ts'
import { demoteTitles, idsIn, safeLinks, withoutImages } from './tidy.ts'

/** Where a note and its calls are, for links from the back matter. */
export type NoteLink = Pick<RenderedNote, 'id' | 'label' | 'refIds'>

/**
 * One article's chapter, finished and compressed: what a worker renders
 * ahead of the book's assembly, and the build cache keeps.
 */
export interface EpubChapter {
  filename: string
  /** Manifest id. */
  id: string
  title: string
  notes: NoteLink[]
  /** Deflated; a cache may defer its bytes until the archive is written. */
  entry: ZipEntry
}

export interface ArticlePage extends EpubChapter {
  article: BookArticle
}

export const articleFile = (article: BookArticle): string => `article-${article.id}.xhtml`

/** Title, subtitle, author, and the publication line in small capitals, then the standfirst. */
function opening(article: BookArticle): ElementContent[] {
  const m = article.meta
  const header: ElementContent[] = [
    h('h1', { className: ['article-title'] }, m.title ?? article.id),
  ]
  if (m.subtitle) header.push(h('p', { className: ['subtitle'], role: 'doc-subtitle' }, m.subtitle))
  const author = joinNames(m.authors)
  if (author) header.push(para('byline', author))
  const line = publicationLine(m)
  if (line) header.push(para('source', line))
  const out: ElementContent[] = [h('header', {}, ...header)]
  if (m.standfirst) out.push(para('standfirst', m.standfirst))
  return out
}

/** One article as one chapter: opening, text with pop-up note calls, then its notes. */
export function epubChapter(article: BookArticle, lang: string): EpubChapter {
  const { body, notes } = renderArticle(article, { noteCall })
  const blocks = notes.map(noteBlock)
  withoutImages(body)
  withoutImages(blocks)
  demoteTitles(body)
  demoteTitles(blocks)
  const ids = idsIn([...body, ...blocks])
  safeLinks(body, ids, article.meta.url)
  safeLinks(blocks, ids, article.meta.url)
  const section = h(
    'section',
    { 'epub:type': 'chapter', role: 'doc-chapter', className: ['article'] },
    ...opening(article),
    ...body,
  )
  if (blocks.length) {
    section.children.push(
      h(
        'section',
        { 'epub:type': 'footnotes', className: ['notes'] },
        h('h2', { className: ['notes-title'] }, 'Notes'),
        ...blocks,
      ),
    )
  }
  const title = article.meta.title ?? article.id
  const filename = articleFile(article)
  return {
    filename,
    id: `article-${article.id}`,
    title,
    notes: notes.map(({ id, label, refIds }) => ({ id, label, refIds })),
    entry: packDocument(filename, xhtmlPage({ lang, title, bodyType: 'bodymatter', body: [section] })),
  }
}
