import { h } from '@samizdat/book'
import type { Book, PageSize } from '@samizdat/core'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { printChapter } from './chapter.ts'
import { printCss } from './css.ts'
import {
  colophon,
  contents,
  contributors,
  editorsNote,
  imprint,
  titlePage,
  worksCited,
} from './matter.ts'
import { type PageFormat, pageFormat } from './page.ts'

export interface PrintOptions {
  /** Page size preset; defaults to the manifest's `pageSize`, then A5. */
  pageSize?: PageSize
  /**
   * Chapters already rendered with `printChapter(article, book.meta.language)`,
   * by article id (a worker pool or a cache makes them); the others are
   * rendered here. The bytes are the same either way.
   */
  chapters?: ReadonlyMap<string, string>
}

const known = new Set(['pageSize', 'chapters'])

/** Options are checked when given: an unknown key or page size throws at once. */
export function resolveOptions(book: Book, options: PrintOptions = {}): PageFormat {
  for (const key of Object.keys(options)) {
    if (!known.has(key))
      throw new Error(
        `Unexpected print option \`${key}\`, expected one of ${[...known].join(', ')}`,
      )
  }
  return pageFormat(options.pageSize ?? book.meta.pageSize)
}

export interface DocumentParts {
  title: string
  language: string
  author?: string
  format: PageFormat
  /** Printed at the head of left-hand pages. */
  runningTitle: string
  generator: string
  /** ISO date of the build, for the PDF's creation date. */
  created: string
  /** Body parts in order: elements, or finished HTML (a chapter rendered ahead). */
  body: (Element | string)[]
}

/**
 * A chapter's finished HTML in the tree; it was made by `printChapter`, from
 * the same escaping serializer, so it is placed as it is (hast-util-raw's
 * `raw` node, which `toHtml` prints verbatim with `allowDangerousHtml`).
 */
const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent

/** The whole HTML file: CSS inline, nothing fetched, so it opens anywhere and prints anywhere. */
export function serializeDocument(parts: DocumentParts): string {
  const meta: Element[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, parts.title),
    h('meta', { name: 'generator', content: parts.generator }),
  ]
  if (parts.author) meta.push(h('meta', { name: 'author', content: parts.author }))
  // WeasyPrint reads these for the PDF's dates; the Chromium path copies them in.
  meta.push(h('meta', { name: 'dcterms.created', content: parts.created }))
  meta.push(h('meta', { name: 'dcterms.modified', content: parts.created }))
  meta.push(h('style', {}, printCss(parts.format, parts.runningTitle)))
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { lang: parts.language },
        h('head', {}, ...meta),
        // A line break between sections keeps the file readable and diffable; it renders as nothing.
        h(
          'body',
          { className: [`page-${parts.format.name}`] },
          ...parts.body.flatMap((e): (ElementContent | string)[] => ['\n', typeof e === 'string' ? raw(e) : e]),
          '\n',
        ),
      ),
    ],
  }
  // Two @types/hast versions sit in the workspace; the trees are the same shape.
  return `${toHtml(tree as Parameters<typeof toHtml>[0], { allowDangerousHtml: true })}\n`
}

/**
 * Book → one self-contained print HTML file: title page, imprint, contents
 * with page numbers, an editor's note, one chapter per article (each on a
 * right-hand page, notes at the foot of their pages), works cited,
 * contributors and colophon. A function of the Book alone: same Book, same bytes.
 */
export function writePrintHtml(book: Book, options: PrintOptions = {}): string {
  const format = resolveOptions(book, options)
  const body: (Element | string)[] = [titlePage(book), imprint(book), contents(book)]
  const note = editorsNote(book)
  if (note) body.push(note)
  for (const article of book.articles)
    body.push(options.chapters?.get(article.id) ?? printChapter(article, book.meta.language))
  const works = worksCited(book)
  if (works) body.push(works)
  const people = contributors(book)
  if (people) body.push(people)
  body.push(colophon(book))
  const parts: DocumentParts = {
    title: book.meta.title,
    language: book.meta.language,
    format,
    runningTitle: book.meta.title,
    generator: book.colophon.software,
    created: book.colophon.buildDate,
    body,
  }
  if (book.meta.editor) parts.author = book.meta.editor
  return serializeDocument(parts)
}
