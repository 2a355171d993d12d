import { articleIds, assembleBook } from '@samizdat/book'
import type { Book, BookArticle, BookMeta } from '@samizdat/core'
import { coreRules, version } from '@samizdat/core'
import { writeEpubStream } from '@samizdat/epub'
import { writeMarkdown } from '@samizdat/markdown'
import { writePrintHtml } from '@samizdat/print'
import { buildReport, type ReportJson, type SourceReport } from '@samizdat/report'
import type { VFile } from 'vfile'
import { VFile as VFileClass } from 'vfile'
import { runArticles } from './articles.ts'
import { SamizdatError } from './errors.ts'
import { collect, type Output } from './output.ts'
import { type Part, zipEntryOf } from './parts.ts'
import type { Project } from './project.ts'
import type { RenderedArticle } from './render.ts'
import { placeholder, spliceChunks } from './splice.ts'
import { typesetText } from './typeset.ts'
import { worksCitedFor } from './works-cited.ts'

export const formats = ['epub', 'html', 'md'] as const
export type Format = (typeof formats)[number]

export interface BuildOptions {
  /** Which books to write; all three by default. */
  formats?: readonly Format[]
  /**
   * The build's date for the colophon and the EPUB's modified date. Defaults
   * to SOURCE_DATE_EPOCH when set, else the manifest's date: never the clock,
   * so builds are reproducible.
   */
  buildDate?: string
  /** Folder of the on-disk article cache; no cache when absent. */
  cacheDir?: string
  /** Worker threads for the per-article stages (default: one per core, when worth it). */
  workers?: number
  /** Progress: called as each article is done. */
  onArticle?: (done: number, total: number, path: string) => void
  /** Progress: called as each book format is started. */
  onFormat?: (name: string) => void
  /**
   * Keep each article's final tree in `book` (default true). Off, the book's
   * articles carry empty trees and memory stays flat however long the book:
   * the writers use the articles' parts rendered ahead.
   */
  trees?: boolean
  /**
   * Give the books as streams (`OutputStream`) for `writeOutputs`: each is
   * made as it is written, its chapters read one at a time from the cache, so
   * memory does not grow with the book (default false: bytes in memory).
   */
  stream?: boolean
}

export interface BuildResult<S extends boolean = false> {
  book: Book
  /** One vfile per article, with its messages and audit trail, plus one for the project. */
  files: VFile[]
  /**
   * Output file name → bytes, or, with `stream`, the large outputs as streams
   * that `writeOutputs` writes chunk by chunk. Nothing is written to disk here.
   */
  outputs: Map<string, S extends true ? Output : Uint8Array>
}

const encoder = new TextEncoder()

function buildDateOf(project: Project, options: BuildOptions): string {
  if (options.buildDate) return options.buildDate
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
  return project.manifest.date
}

async function bookMeta(project: Project): Promise<BookMeta> {
  const m = project.manifest
  const meta: BookMeta = { title: await typesetText(m.title), language: m.language, date: m.date }
  if (m.subtitle) meta.subtitle = await typesetText(m.subtitle)
  if (m.editor) meta.editor = m.editor
  if (m.rights) meta.rights = await typesetText(m.rights)
  if (m.licence) meta.licence = await typesetText(m.licence)
  if (m.publisher) meta.publisher = m.publisher
  if (m.editorsNote) meta.editorsNote = await typesetText(m.editorsNote)
  if (m.pageSize) meta.pageSize = m.pageSize
  return meta
}

/**
 * The front door: a loaded project → the Book, the outputs as bytes, and
 * every message. Touches no disk but the cache (`writeOutputs` writes).
 * Each article is processed and rendered on its own (in workers when there
 * are many, from the cache when unchanged); the book is assembled from the
 * rendered parts.
 */
export async function buildAnthology<S extends boolean = false>(
  project: Project,
  options: BuildOptions & { stream?: S } = {},
): Promise<BuildResult<S>> {
  const wanted = new Set(options.formats ?? formats)
  const projectFile = new VFileClass({ path: project.manifestPath })
  for (const path of project.unlisted) {
    projectFile.message(
      `Unexpected source \`${path}\` not listed in the manifest, expected it under \`articles\` or removed`,
      {
        ruleId: 'unlisted-source',
        source: 'manifest',
      },
    )
  }
  const results = await runArticles(project.sources, {
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.onArticle ? { onArticle: options.onArticle } : {}),
    render: { ids: articleIds(project.sources), language: project.manifest.language },
    full: options.trees ?? true,
  })
  const files: VFile[] = [projectFile, ...results.map((r) => r.file)]
  const made = results.flatMap((r) =>
    r.rendered && !r.failed ? [{ ...r, rendered: r.rendered }] : [],
  )
  if (made.length === 0) {
    throw new SamizdatError(
      `${project.manifestPath}: no article could be made from the sources (see the messages above)`,
      1,
    )
  }
  const articles: BookArticle[] = made.map((r) => ({
    ...r.rendered.article,
    tree: r.tree ?? { type: 'root', children: [] },
  }))
  const book = assembleBook(await bookMeta(project), articles, {
    software: `samizdat ${version}`,
    buildDate: buildDateOf(project, options),
    worksCited: await worksCitedFor(
      made.map((r) => ({
        articleId: r.rendered.article.id,
        citations: r.file.data.citations ?? [],
      })),
      options.cacheDir,
    ),
    digests: made.map((r) => r.rendered.digest),
  })
  // Chapters and report sections come as UTF-8 parts (in memory, or in the cache's parts
  // files), placed into each book around placeholders as it is written.
  const ids = made.map((r) => r.rendered.article.id)
  const placeholders = new Map(ids.map((id, i) => [id, placeholder(i)]))
  const parts = (pick: (r: RenderedArticle) => Part) => made.map((r) => pick(r.rendered))
  const outputs = new Map<string, Output>()
  const put = async (name: string, chunks: () => AsyncIterable<Uint8Array>) => {
    outputs.set(name, options.stream ? { chunks } : await collect(chunks()))
  }
  const step = options.onFormat ?? (() => {})
  if (wanted.has('epub')) {
    step('EPUB')
    const chapters = new Map(
      made.map((r) => [
        r.rendered.article.id,
        { ...r.rendered.epub, entry: zipEntryOf(r.rendered.epub.entry) },
      ]),
    )
    await put('anthology.epub', () => writeEpubStream(book, { chapters }))
  }
  if (wanted.has('html')) {
    step('print HTML')
    const document = writePrintHtml(book, { chapters: placeholders })
    await put('anthology.html', () =>
      spliceChunks(
        document,
        parts((r) => r.html),
      ),
    )
  }
  if (wanted.has('md')) {
    step('Markdown')
    const document = writeMarkdown(book, { chapters: placeholders })
    await put('anthology.md', () =>
      spliceChunks(
        document,
        parts((r) => r.md),
      ),
    )
  }
  step('report')
  outputs.set('works-cited.json', encoder.encode(`${JSON.stringify(book.worksCited, null, 2)}\n`))
  const rules = Object.assign({}, coreRules, ...made.map((r) => r.rendered.rules)) as Record<
    string,
    string
  >
  // buildReport reads a section's counts and rule ids for the summary (all a SourceSummary
  // holds); each source's full record goes into report.json from its part.
  const sections = new Map(
    made.map((r, i) => [
      ids[i]!,
      { source: r.rendered.report.source as unknown as SourceReport, html: placeholder(i) },
    ]),
  )
  const report = buildReport(book, files, { rules: sortedKeys(rules), sections })
  await put('report.html', () =>
    spliceChunks(
      report.html,
      parts((r) => r.report.html),
    ),
  )
  await put('report.json', () =>
    reportJsonChunks(
      report.json,
      parts((r) => r.report.json),
    ),
  )
  return { book, files, outputs: outputs as Map<string, S extends true ? Output : Uint8Array> }
}

/**
 * The report's JSON, as `JSON.stringify(json, null, 2)` would write it, each
 * source's record from its part: a thousand sources' records are never one string.
 */
function reportJsonChunks(json: ReportJson, records: readonly Part[]): AsyncGenerator<Uint8Array> {
  const skeleton = `${JSON.stringify({ ...json, sources: json.sources.map((_, i) => `@@samizdat-source-${i}@@`) }, null, 2)}\n`
  return spliceChunks(skeleton, records, /"@@samizdat-source-(\d+)@@"/)
}

function sortedKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}
