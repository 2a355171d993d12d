import type { Book } from '@samizdat/core'
import { type ArticlePage, type EpubChapter, epubChapter } from './article.ts'
import { colophonPage, contributorsPage, worksCitedPage } from './back.ts'
import { type ContainerInput, epubChunks, packageFiles, packEpub } from './container.ts'
import { coverSvg } from './cover.ts'
import { stylesheet } from './css.ts'
import { coverPage, editorsNotePage, titlePage } from './front.ts'
import { contents, contentsPage, type Landmark, navDocument, ncxDocument } from './nav.ts'
import { type ManifestItem, modifiedDate, packageDocument } from './opf.ts'
import type { Page } from './page.ts'

const xhtml = 'application/xhtml+xml'

export interface EpubOptions {
  /**
   * Chapters already rendered with `epubChapter(article, book.meta.language)`,
   * by article id (a worker pool or a cache makes them); the others are
   * rendered here. The bytes are the same either way.
   */
  chapters?: ReadonlyMap<string, EpubChapter>
}

/**
 * Book → EPUB 3 bytes: cover, title page, contents, editor's note, one
 * chapter per article with pop-up notes, works cited, contributors, colophon.
 * A function of the Book alone: the same Book gives the same bytes.
 */
export function writeEpub(book: Book, options: EpubOptions = {}): Promise<Uint8Array> {
  return packEpub(container(book, options))
}

/** The same bytes as `writeEpub`, as chunks to write as they come: chapters with deferred bytes are read one at a time. */
export function writeEpubStream(book: Book, options: EpubOptions = {}): AsyncIterable<Uint8Array> {
  return epubChunks(container(book, options))
}

function container(book: Book, options: EpubOptions): ContainerInput {
  const lang = book.meta.language
  const cover = coverPage(book.meta, packageFiles.cover)
  const title = titlePage(book.meta)
  const note = editorsNotePage(book.meta)
  const articles: ArticlePage[] = book.articles.map((article) => ({
    ...(options.chapters?.get(article.id) ?? epubChapter(article, lang)),
    article,
  }))
  const byId = new Map<string, ArticlePage>(articles.map((a) => [a.article.id, a]))
  const back = [
    worksCitedPage(book, byId),
    contributorsPage(book, byId),
    colophonPage(book),
  ].filter((p): p is Page => p !== undefined)
  const front = note ? [note] : []
  const points = contents(front, articles, back)
  const toc = contentsPage(book, front, articles, back)

  const landmarks: Landmark[] = [
    { type: 'cover', label: 'Cover', href: cover.filename },
    { type: 'titlepage', label: 'Title page', href: title.filename },
    { type: 'toc', label: 'Contents', href: toc.filename },
  ]
  const start = articles[0] ?? back[0]
  if (start)
    landmarks.push({ type: 'bodymatter', label: 'Start of the text', href: start.filename })
  const cited = back.find((p) => p.id === 'works-cited')
  if (cited) landmarks.push({ type: 'bibliography', label: 'Works cited', href: cited.filename })

  // Reading order: cover, title page, contents, then the text; the nav document stays out of it.
  const documents = [cover, title, toc, ...front, ...articles, ...back]
  const items: ManifestItem[] = [
    { id: 'nav', href: packageFiles.nav, mediaType: xhtml, properties: ['nav'] },
    { id: 'ncx', href: packageFiles.ncx, mediaType: 'application/x-dtbncx+xml' },
    { id: 'css', href: packageFiles.css, mediaType: 'text/css' },
    {
      id: 'cover-image',
      href: packageFiles.cover,
      mediaType: 'image/svg+xml',
      properties: ['cover-image'],
    },
    ...documents.map((p) => ({ id: p.id, href: p.filename, mediaType: xhtml })),
  ]
  const spine = documents.map((p) => ({ idref: p.id }))

  return {
    modified: new Date(modifiedDate(book.colophon.buildDate)),
    css: stylesheet,
    coverSvg: coverSvg(book.meta),
    documents,
    nav: navDocument(book, points, landmarks),
    ncx: ncxDocument(book, points),
    opf: packageDocument(book, items, spine, 'ncx'),
  }
}
