import type { VFile } from 'vfile'
import { VFile as VFileClass } from 'vfile'
import type { Book, BookMeta } from '@samizdat/core'
import { version } from '@samizdat/core'
import { buildBook, type ArticleInput } from '@samizdat/book'
import { writeMarkdown } from '@samizdat/markdown'
import { writeEpub } from '@samizdat/epub'
import { writePrintHtml } from '@samizdat/print'
import { formatWorksCited, mergeCitations, worksCitedStyle } from '@samizdat/notes'
import { buildReport } from '@samizdat/report'
import { allRules } from './rules.ts'
import type { Project } from './project.ts'
import { processArticles } from './articles.ts'
import { SamizdatError } from './errors.ts'
import { typesetText } from './typeset.ts'

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
}

export interface BuildResult {
  book: Book
  /** One vfile per article, with its messages and audit trail, plus one for the project. */
  files: VFile[]
  /** Output file name → bytes. Nothing is written to disk here. */
  outputs: Map<string, Uint8Array>
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
 * every message. Touches no disk (`writeOutputs` does that).
 */
export async function buildAnthology(project: Project, options: BuildOptions = {}): Promise<BuildResult> {
  const wanted = new Set(options.formats ?? formats)
  const projectFile = new VFileClass({ path: project.manifestPath })
  for (const path of project.unlisted) {
    projectFile.message(`Unexpected source \`${path}\` not listed in the manifest, expected it under \`articles\` or removed`, {
      ruleId: 'unlisted-source',
      source: 'manifest',
    })
  }
  const processed = await processArticles(project.sources, {
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.onArticle ? { onArticle: options.onArticle } : {}),
  })
  const files: VFile[] = [projectFile, ...processed.map((p) => p.file)]
  const inputs: ArticleInput[] = project.sources.flatMap((source, i) => {
    const { file, tree, failed } = processed[i]!
    return failed ? [] : [{ entry: source.entry, file, tree, path: source.path, format: source.format }]
  })
  if (inputs.length === 0) {
    throw new SamizdatError(`${project.manifestPath}: no article could be made from the sources (see the messages above)`, 1)
  }
  const book = buildBook(await bookMeta(project), inputs, {
    software: `samizdat ${version}`,
    buildDate: buildDateOf(project, options),
    worksCited: (ids) => {
      const works = mergeCitations(ids.map((articleId, i) => ({ articleId, citations: inputs[i]!.file.data.citations ?? [] })))
      return { works, bibliography: formatWorksCited(works), style: worksCitedStyle }
    },
  })
  const outputs = new Map<string, Uint8Array>()
  const step = options.onFormat ?? (() => {})
  if (wanted.has('epub')) {
    step('EPUB')
    outputs.set('anthology.epub', await writeEpub(book))
  }
  if (wanted.has('html')) {
    step('print HTML')
    outputs.set('anthology.html', encoder.encode(writePrintHtml(book)))
  }
  if (wanted.has('md')) {
    step('Markdown')
    outputs.set('anthology.md', encoder.encode(writeMarkdown(book)))
  }
  step('report')
  outputs.set('works-cited.json', encoder.encode(`${JSON.stringify(book.worksCited, null, 2)}\n`))
  const report = buildReport(book, files, { rules: allRules })
  outputs.set('report.html', encoder.encode(report.html))
  outputs.set('report.json', encoder.encode(`${JSON.stringify(report.json, null, 2)}\n`))
  return { book, files, outputs }
}
