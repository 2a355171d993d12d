import { articleDigest, bookArticle } from '@samizdat/book'
import type { BookArticle } from '@samizdat/core'
import { type EpubChapter, epubChapter, type PackedEntry } from '@samizdat/epub'
import { markdownChapter } from '@samizdat/markdown'
import { printChapter } from '@samizdat/print'
import { type ReportSection, reportSection, type SourceReport } from '@samizdat/report'
import type { ArticleJob, ProcessedArticle } from './pipeline.ts'
import type { Part, StoredEntry } from './parts.ts'
import { allRules } from './rules.ts'

/** What an article's rendering depends on beyond its own text: its id in the book and the book's language. */
export interface RenderContext {
  id: string
  language: string
}

/**
 * One article rendered for every format, ahead of the book's assembly (in a
 * worker, or once and then from the cache): the book needs only this, not
 * the article's tree.
 */
export interface RenderedArticle {
  /** The article as the book lists it, without its text. */
  article: Omit<BookArticle, 'tree'>
  /** Stands for the text in the book's identifier. */
  digest: string
  /** The chapter; its deflated bytes may be kept in the cache's parts file. */
  epub: Omit<EpubChapter, 'entry'> & { entry: PackedEntry | StoredEntry }
  /**
   * Print chapter, Markdown chapter and report section as UTF-8 (half the
   * memory of a string, and written as they are), or where the cache keeps them.
   */
  html: Part
  md: Part
  /**
   * The report section: the source's counts and rule ids (what the report's
   * summary reads), its HTML, and its full record as the JSON `report.json`
   * prints for it (indented for its place there).
   */
  report: { source: SourceSummary; html: Part; json: Part }
  /** Explanations of the rules the article's records and messages name, for the report's rule table. */
  rules: Record<string, string>
}

/** What the report's summary reads of a source; its full record travels as JSON. */
export type SourceSummary = Pick<SourceReport, 'id' | 'path' | 'format' | 'title' | 'summary'> & {
  removals: { ruleId: string }[]
  changes: { ruleId: string }[]
  messages: { ruleId: string | null; severity: SourceReport['messages'][number]['severity'] }[]
}

function summaryOf(source: SourceReport): SourceSummary {
  const { id, path, format, title, summary } = source
  return {
    id,
    path,
    format,
    title,
    summary,
    removals: source.removals.map(({ ruleId }) => ({ ruleId })),
    changes: source.changes.map(({ ruleId }) => ({ ruleId })),
    messages: source.messages.map(({ ruleId, severity }) => ({ ruleId, severity })),
  }
}

const encoder = new TextEncoder()
const utf8 = (text: string): Uint8Array => encoder.encode(text)

/** The rules one article's report names, with their explanations. */
function rulesNamed(section: ReportSection): Record<string, string> {
  const s = section.source
  const ids = new Set<string>()
  for (const list of [s.removals, s.changes, s.findings, s.messages] as { ruleId?: string | null }[][])
    for (const item of list) if (item.ruleId) ids.add(item.ruleId)
  return Object.fromEntries([...ids].sort().flatMap((id) => (allRules[id] ? [[id, allRules[id]]] : [])))
}

/** Gives the article its book ids and renders it in every format. Changes the tree in place (ids). */
export function renderArticle(job: ArticleJob, processed: ProcessedArticle, context: RenderContext): { book: BookArticle; rendered: RenderedArticle } {
  const book = bookArticle(
    { entry: job.entry, file: processed.file, tree: processed.tree, path: job.path, format: job.format },
    context.id,
  )
  const { tree: _tree, ...article } = book
  const report = reportSection(book, processed.file, { rules: allRules })
  return {
    book,
    rendered: {
      article,
      digest: articleDigest(book),
      epub: epubChapter(book, context.language) as RenderedArticle['epub'],
      html: utf8(printChapter(book, context.language)),
      md: utf8(markdownChapter(book)),
      report: {
        source: summaryOf(report.source),
        html: utf8(report.html),
        // An element of report.json's `sources` sits two levels deep: lines after its first get four spaces.
        json: utf8(JSON.stringify(report.source, null, 2).replaceAll('\n', '\n    ')),
      },
      rules: rulesNamed(report),
    },
  }
}
