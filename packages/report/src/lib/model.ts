import type {
  ArticleMeta,
  Book,
  BookArticle,
  Change,
  ChangeKind,
  CslItem,
  MetaFinding,
  MetaOrigin,
  Removal,
} from '@samizdat/core'
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast'
import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'
import { type Alignment, align } from './align.ts'
import { messagesOf, type ReportMessage } from './messages.ts'
import { type Counts, canonical, orderedMeta, orderedOrigins, sortedCounts } from './order.ts'

export interface ReportRemoval {
  line: number
  endLine: number
  ruleId: string
  reason: string
  byEditor: boolean
  text: string
}

export interface ReportChange {
  line: number | null
  column: number | null
  kind: ChangeKind
  ruleId: string
  reason: string
  actual: string
  expected: string
}

export interface ReportCitation {
  note: string
  item: CslItem
  locator?: string
  resolvedFrom?: 'ibid' | 'op-cit' | 'loc-cit'
  resolvedTo?: string
}

export interface NotesReport {
  definitions: number
  calls: number
  /** Notes called from the text at least once. */
  linked: number
  /** Labels of notes that no call points to. */
  uncalled: string[]
  /** Labels of calls that point to no note. */
  missing: string[]
}

/** The counts of one source (or of the whole book, summed). */
export interface SummaryCounts {
  lines: number
  blocks: { kept: number; removed: number }
  corrections: Record<ChangeKind, number> & { total: number }
  metadata: { fields: number; fromText: number; fromManifest: number; findings: number }
  notes: { definitions: number; linked: number }
  citations: { total: number; ibid: number; opCit: number; locCit: number }
  messages: { error: number; warning: number; info: number }
  unrecordedLines: number
}

export interface SourceReport {
  id: string
  path: string
  format: string
  title: string
  summary: SummaryCounts
  meta: Record<string, unknown>
  origins: Record<string, MetaOrigin>
  findings: MetaFinding[]
  removals: ReportRemoval[]
  changes: ReportChange[]
  notes: NotesReport
  citations: ReportCitation[]
  messages: ReportMessage[]
  /** Raw line ranges that are neither in the result nor in any record. */
  unrecorded: { line: number; endLine: number }[]
}

export interface ReportJson {
  book: {
    title: string
    subtitle?: string
    editor?: string
    date: string
    buildDate: string
    software: string
    identifier: string
  }
  summary: SummaryCounts & {
    sources: number
    removalsByRule: Counts
    changesByRule: Counts
    messagesByRule: Counts
  }
  /** Messages of files that belong to no article (the manifest, the project). */
  project: { messages: ReportMessage[] }
  sources: SourceReport[]
}

/** What the HTML needs beyond the JSON: the raw lines, the final tree and their alignment. */
export interface ArticleView {
  report: SourceReport
  article: BookArticle
  rawLines: readonly string[]
  alignment: Alignment
  /** Whether a vfile was found for the article. */
  hasFile: boolean
  /** The tree's note definitions, in tree order. */
  definitions: FootnoteDefinition[]
}

/** The vfile of an article: by `articleId`, else by its source path. */
function fileFor(
  article: BookArticle,
  files: readonly VFile[],
  taken: Set<VFile>,
): VFile | undefined {
  const free = files.filter((f) => !taken.has(f))
  const path = article.source.path.replaceAll('\\', '/')
  const norm = (f: VFile) => (f.path ?? '').replaceAll('\\', '/')
  return (
    free.find((f) => f.data.articleId === article.id) ??
    free.find((f) => f.data.articleId === undefined && norm(f) === path) ??
    free.find((f) => f.data.articleId === undefined && norm(f).endsWith(`/${path}`))
  )
}

/** Every node, parents before children (the order of `visit`), without `visit`'s per-node bookkeeping. */
export function eachNode(node: Node, fn: (node: Node) => void): void {
  fn(node)
  const children = (node as Partial<Parent>).children
  if (children) for (const child of children) eachNode(child, fn)
}

function notesOf(tree: Root): { notes: NotesReport; definitions: FootnoteDefinition[] } {
  const defs: FootnoteDefinition[] = []
  const called = new Map<string, number>()
  const labels = new Map<string, string>()
  eachNode(tree, (node) => {
    if (node.type === 'footnoteDefinition') defs.push(node as FootnoteDefinition)
    if (node.type === 'footnoteReference') {
      const ref = node as FootnoteReference
      called.set(ref.identifier, (called.get(ref.identifier) ?? 0) + 1)
      labels.set(ref.identifier, ref.label ?? ref.identifier)
    }
  })
  const defined = new Set(defs.map((d) => d.identifier))
  const linked = defs.filter((d) => called.has(d.identifier)).length
  const notes = {
    definitions: defs.length,
    calls: [...called.values()].reduce((a, b) => a + b, 0),
    linked,
    uncalled: defs.filter((d) => !called.has(d.identifier)).map((d) => d.label ?? d.identifier),
    missing: [...called.keys()].filter((id) => !defined.has(id)).map((id) => labels.get(id) ?? id),
  }
  return { notes, definitions: defs }
}

const byPlace = (
  a: { line: number | null; column: number | null },
  b: { line: number | null; column: number | null },
) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)

function removalOf(r: Removal): ReportRemoval {
  return {
    line: r.line,
    endLine: r.endLine,
    ruleId: r.ruleId,
    reason: r.reason,
    byEditor: r.byEditor === true,
    text: r.text,
  }
}

function changeOf(c: Change, kindOf: (c: Change) => ChangeKind): ReportChange {
  return {
    line: c.line ?? null,
    column: c.column ?? null,
    kind: c.kind ?? kindOf(c),
    ruleId: c.ruleId,
    reason: c.reason,
    actual: c.actual,
    expected: c.expected,
  }
}

function citationOf(c: NonNullable<VFile['data']['citations']>[number]): ReportCitation {
  const out: ReportCitation = { note: c.note, item: canonical(c.item) as CslItem }
  if (c.locator !== undefined) out.locator = c.locator
  if (c.resolvedFrom !== undefined) out.resolvedFrom = c.resolvedFrom
  if (c.resolvedTo !== undefined) out.resolvedTo = c.resolvedTo
  return out
}

function countsOf(
  report: Omit<SourceReport, 'summary'>,
  lines: number,
  kept: number,
  meta: ArticleMeta,
): SummaryCounts {
  const corrections = {
    errata: 0,
    fix: 0,
    typography: 0,
    structure: 0,
    total: report.changes.length,
  }
  for (const c of report.changes) corrections[c.kind]++
  const origins = Object.values(meta.origins ?? {})
  const fields = Object.keys(report.meta).length
  const messages = { error: 0, warning: 0, info: 0 }
  for (const m of report.messages) messages[m.severity]++
  const resolved = (from: string) => report.citations.filter((c) => c.resolvedFrom === from).length
  return {
    lines,
    blocks: { kept, removed: report.removals.length },
    corrections,
    metadata: {
      fields,
      fromText: origins.filter((o) => o.from === 'text').length,
      fromManifest: origins.filter((o) => o.from === 'manifest').length,
      findings: report.findings.length,
    },
    notes: { definitions: report.notes.definitions, linked: report.notes.linked },
    citations: {
      total: report.citations.length,
      ibid: resolved('ibid'),
      opCit: resolved('op-cit'),
      locCit: resolved('loc-cit'),
    },
    messages,
    unrecordedLines: report.unrecorded.reduce((n, r) => n + r.endLine - r.line + 1, 0),
  }
}

export function articleView(
  article: BookArticle,
  file: VFile | undefined,
  kindOf: (c: Change) => ChangeKind,
): ArticleView {
  const data = file?.data ?? {}
  const rawLines = data.rawLines ?? []
  const removals = [...(data.removals ?? [])]
    .map(removalOf)
    .sort((a, b) => a.line - b.line || a.endLine - b.endLine)
  const findings = [...(data.findings ?? [])]
    .map((f) => ({ line: f.line, field: f.field, value: f.value, ruleId: f.ruleId }))
    .sort((a, b) => a.line - b.line)
  const alignment = align(rawLines, article.tree, data.removals ?? [], data.findings ?? [])
  const { notes, definitions } = notesOf(article.tree)
  const partial = {
    id: article.id,
    path: article.source.path,
    format: article.source.format,
    title: article.meta.title ?? article.id,
    meta: orderedMeta(article.meta),
    origins: orderedOrigins(article.meta),
    findings,
    removals,
    changes: (data.changes ?? []).map((c) => changeOf(c, kindOf)).sort(byPlace),
    notes,
    citations: (data.citations ?? []).map(citationOf),
    messages: file ? messagesOf(file) : [],
    unrecorded: alignment.segments
      .filter((s) => s.kind === 'unrecorded')
      .map((s) => ({ line: s.start, endLine: s.end })),
  }
  const kept = article.tree.children.filter((n) => n.type !== 'footnoteDefinition').length
  const summary = countsOf(partial, rawLines.length, kept, article.meta)
  const { id, path, format, title, ...rest } = partial
  return {
    report: { id, path, format, title, summary, ...rest },
    article,
    rawLines,
    alignment,
    hasFile: file !== undefined,
    definitions,
  }
}

function addCounts(a: SummaryCounts, b: SummaryCounts): SummaryCounts {
  const out = structuredClone(a)
  const add = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const key of Object.keys(x)) {
      if (typeof x[key] === 'number') x[key] = (x[key] as number) + (y[key] as number)
      else add(x[key] as Record<string, unknown>, y[key] as Record<string, unknown>)
    }
  }
  add(out as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>)
  return out
}

const zero: SummaryCounts = {
  lines: 0,
  blocks: { kept: 0, removed: 0 },
  corrections: { errata: 0, fix: 0, typography: 0, structure: 0, total: 0 },
  metadata: { fields: 0, fromText: 0, fromManifest: 0, findings: 0 },
  notes: { definitions: 0, linked: 0 },
  citations: { total: 0, ibid: 0, opCit: 0, locCit: 0 },
  messages: { error: 0, warning: 0, info: 0 },
  unrecordedLines: 0,
}

function bookInfo(book: Book): ReportJson['book'] {
  const { title, subtitle, editor, date } = book.meta
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(editor ? { editor } : {}),
    date,
    buildDate: book.colophon.buildDate,
    software: book.colophon.software,
    identifier: book.identifier,
  }
}

/** One article's part of the report, made ahead (in a worker, or from the cache): its data and its HTML section. */
export interface ReportSection {
  source: SourceReport
  html: string
}

/**
 * Book + vfiles → the report's data, with, for each article, the view the
 * HTML renders or the section made ahead. An article with a section made
 * ahead needs its vfile only to tell it from the project's files.
 */
export function reportModel(
  book: Book,
  files: readonly VFile[],
  kindOf: (c: Change) => ChangeKind,
  sections?: ReadonlyMap<string, ReportSection>,
): { json: ReportJson; views: (ArticleView | ReportSection)[] } {
  const taken = new Set<VFile>()
  const views = book.articles.map((article) => {
    const file = fileFor(article, files, taken)
    if (file) taken.add(file)
    return sections?.get(article.id) ?? articleView(article, file, kindOf)
  })
  const projectMessages = files.filter((f) => !taken.has(f)).flatMap((f) => messagesOf(f))
  const sources = views.map((v) => ('source' in v ? v.source : v.report))
  const all = sources.flatMap((s) => s.messages).concat(projectMessages)
  const json: ReportJson = {
    book: bookInfo(book),
    summary: {
      sources: sources.length,
      ...sources.map((s) => s.summary).reduce(addCounts, zero),
      removalsByRule: sortedCounts(sources.flatMap((s) => s.removals.map((r) => r.ruleId))),
      changesByRule: sortedCounts(sources.flatMap((s) => s.changes.map((c) => c.ruleId))),
      messagesByRule: sortedCounts(all.map((m) => m.ruleId ?? '(no rule)')),
    },
    project: { messages: projectMessages },
    sources,
  }
  json.summary.messages = { error: 0, warning: 0, info: 0 }
  for (const m of all) json.summary.messages[m.severity]++
  return { json, views }
}
