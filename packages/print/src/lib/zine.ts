import { h, joinNames, publicationLine } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import type { Element } from 'hast'
import { chapter, runningTitle } from './chapter.ts'
import { type DocumentParts, type PrintOptions, resolveOptions, serializeDocument } from './html.ts'
import { colophon, sentence } from './matter.ts'

/** The front cover: title, author, where the text first appeared, and the anthology it belongs to. */
function cover(book: Book, articleId: string): Element {
  const article = book.articles.find((a) => a.id === articleId)!
  const m = article.meta
  const parts: Element[] = [h('h1', { className: ['book-title'] }, m.title ?? article.id)]
  if (m.subtitle) parts.push(h('p', { className: ['book-subtitle'] }, m.subtitle))
  const authors = joinNames(m.authors)
  if (authors) parts.push(h('p', { className: ['book-editor'] }, authors))
  const line = publicationLine(m)
  if (line) parts.push(h('p', { className: ['book-publisher'] }, line))
  return h('section', { className: ['zine-cover', 'title-page'] }, ...parts)
}

/** The inside of the cover: which anthology the zine comes from, and its licence. */
function insideCover(book: Book): Element {
  const m = book.meta
  const from = `From ${m.title}${m.editor ? `, edited by ${m.editor}` : ''}.`
  const lines = [from, m.rights, m.licence ? `Licence: ${sentence(m.licence)}` : undefined].filter(
    (l): l is string => Boolean(l),
  )
  return h('section', { className: ['zine-inside', 'imprint'] }, ...lines.map((l) => h('p', {}, l)))
}

/**
 * One article as its own zine: a cover page (title, author, source), the
 * inside cover, the essay from a right-hand page, and the colophon on the
 * back cover (always a left-hand page, so it is the last page once the
 * booklet is padded with blanks before it).
 */
export function writeArticleZine(
  book: Book,
  articleId: string,
  options: PrintOptions = {},
): string {
  const format = resolveOptions(book, options)
  const article = book.articles.find((a) => a.id === articleId)
  if (!article) {
    const ids = book.articles.map((a) => a.id).join(', ')
    throw new Error(`Unexpected article id \`${articleId}\`, expected one of ${ids}`)
  }
  const source = book.colophon.sources.filter((s) => s.articleId === articleId)
  const back = colophon(book, source)
  back.properties.className = ['back', 'colophon', 'zine-back']
  const title = article.meta.title ?? article.id
  const author = joinNames(article.meta.authors)
  const parts: DocumentParts = {
    title,
    language: book.meta.language,
    format,
    runningTitle: author ?? runningTitle(title),
    generator: book.colophon.software,
    created: book.colophon.buildDate,
    body: [cover(book, articleId), insideCover(book), chapter(article, book.meta.language), back],
  }
  if (author) parts.author = author
  return serializeDocument(parts)
}
