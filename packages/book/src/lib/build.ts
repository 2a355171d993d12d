import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type {
  ArticleEntry,
  BibliographyEntry,
  Book,
  BookArticle,
  BookMeta,
  ColophonSource,
  Contributor,
  SourceFormat,
  WorkCited,
} from '@samizdat/core'
import { IdRegistry, identifyFootnotes, identifyHeadings, slugify } from './ids.ts'
import { formatDate, mergeMeta } from './meta.ts'

/** One article as the filters left it, with its manifest entry. */
export interface ArticleInput {
  entry: ArticleEntry
  file: VFile
  tree: Root
  /** Path relative to the manifest's folder. */
  path: string
  format: SourceFormat
}

/** Works cited, already merged across articles and formatted (the notes package does both). */
export interface WorksCitedInput {
  works: WorkCited[]
  bibliography: BibliographyEntry[]
  style: string
}

export interface BuildBookOptions {
  /** e.g. `samizdat 0.1.0`. */
  software: string
  /** ISO date of the build (the manifest's date or SOURCE_DATE_EPOCH; never the clock). */
  buildDate: string
  /**
   * Works cited, given the articles' final ids in book order (the ids are
   * made here, and works record which article cites them).
   */
  worksCited?: WorksCitedInput | ((articleIds: string[]) => WorksCitedInput)
}

/** Stem of a path: `sources/soviet-power.txt` → `soviet-power`. */
function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path
  return base.replace(/(\.[a-z0-9]+)+$/i, '')
}

/**
 * Anthology-unique article ids, in manifest order: the manifest's `id`, else
 * a slug of the file name; a second `notes` becomes `notes-2`. They depend on
 * the manifest alone, so workers can render each article before the book is
 * assembled.
 */
export function articleIds(sources: readonly Pick<ArticleInput, 'entry' | 'path'>[]): string[] {
  const ids = new IdRegistry()
  return sources.map((source) => ids.unique(source.entry.id ?? slugify(stem(source.path))))
}

/**
 * One article as the writers see it: the manifest's metadata over what the
 * text yielded, ids for its headings and footnotes, its contents. Changes
 * the tree in place (ids) and records the id in the vfile.
 */
export function bookArticle(input: ArticleInput, id: string): BookArticle {
  input.file.data.articleId = id
  const meta = mergeMeta(input.file.data.meta ?? {}, input.entry)
  if (!meta.title) meta.title = stem(input.path)
  identifyFootnotes(input.tree, id)
  const toc = identifyHeadings(input.tree, id)
  return { id, meta, tree: input.tree, toc, source: { path: input.path, format: input.format } }
}

/**
 * Articles → Book: manifest order, merged metadata, anthology-unique ids for
 * articles, headings and footnotes, contributors, colophon and a content-derived
 * identifier. Pure: the same inputs give the same Book.
 */
export function buildBook(meta: BookMeta, inputs: ArticleInput[], options: BuildBookOptions): Book {
  const ids = articleIds(inputs)
  return assembleBook(
    meta,
    inputs.map((input, i) => bookArticle(input, ids[i]!)),
    options,
  )
}

/**
 * Articles already made with `bookArticle` → Book. `digests` (one per
 * article, e.g. from a build cache) stand for the articles' text in the
 * identifier; without them the trees are hashed.
 */
export function assembleBook(
  meta: BookMeta,
  articles: BookArticle[],
  options: BuildBookOptions & { digests?: readonly string[] },
): Book {
  const works =
    typeof options.worksCited === 'function' ? options.worksCited(articles.map((a) => a.id)) : options.worksCited
  return {
    meta,
    articles,
    worksCited: works?.works ?? [],
    bibliography: works?.bibliography ?? [],
    bibliographyStyle: works?.style ?? '',
    contributors: contributorsOf(articles),
    colophon: {
      software: options.software,
      buildDate: options.buildDate,
      sources: articles.map(colophonSource),
    },
    identifier: contentIdentifier(meta, articles, options.digests ?? articles.map(articleDigest)),
  }
}

function contributorsOf(articles: BookArticle[]): Contributor[] {
  const byName = new Map<string, Contributor>()
  for (const article of articles) {
    for (const name of article.meta.authors ?? []) {
      const existing = byName.get(name) ?? { name, articles: [] }
      existing.articles.push(article.id)
      // A bio is about the article's author only when there is one author.
      if (!existing.note && article.meta.bio && article.meta.authors?.length === 1) existing.note = article.meta.bio
      byName.set(name, existing)
    }
  }
  return [...byName.values()].sort((a, b) => surname(a.name).localeCompare(surname(b.name), 'en'))
}

function surname(name: string): string {
  return name.split(/\s+/).at(-1) ?? name
}

function colophonSource(article: BookArticle): ColophonSource {
  const m = article.meta
  const source: ColophonSource = {
    articleId: article.id,
    title: m.title ?? article.id,
    path: article.source.path,
    credits: m.credits ?? [],
  }
  if (m.url) source.url = m.url
  if (m.publication) source.publication = m.publication
  if (m.issue) source.issue = m.issue
  if (m.date) source.date = formatDate(m.date)
  if (m.rights) source.rights = m.rights
  return source
}

/** A digest of one article's id, metadata and text (positions left out: they do not print). */
export function articleDigest(article: BookArticle): string {
  const json = JSON.stringify([article.id, article.meta, article.tree], (k, v) => (k === 'position' ? undefined : v))
  return createHash('sha256').update(json).digest('hex')
}

/** urn:uuid built from a hash of the book's metadata and its articles' digests, so it is stable across builds. */
function contentIdentifier(meta: BookMeta, articles: BookArticle[], digests: readonly string[]): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(meta))
  for (const [i, a] of articles.entries()) hash.update(JSON.stringify([a.id, a.meta])).update(digests[i] ?? '')
  const h = hash.digest('hex')
  // RFC 4122 layout, version 5-style bits, from the hash.
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}
