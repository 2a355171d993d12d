import type { Book, BookArticle, Change, ChangeKind } from '@samizdat/core'
import { toHtml } from 'hast-util-to-html'
import type { VFile } from 'vfile'
import { articleSection } from './article.ts'
import { elementHtml } from './html.ts'
import { changeKind } from './kinds.ts'
import { articleView, type ReportJson, type ReportSection, reportModel } from './model.ts'
import { reportTree } from './page.ts'

export interface ReportOptions {
  /** Rule id (`clean:caption`) → one-line explanation, shown beside each rule. The front door joins every package's `rules`. */
  rules?: Readonly<Record<string, string>>
  /** How to classify a change that has no `kind`; defaults to `changeKind` (reads the rule id). */
  kindOf?: (change: Change) => ChangeKind
  /** Typography and structure corrections start folded when an article has more than this many (default 30). */
  foldAfter?: number
  /**
   * Articles' sections made ahead with `reportSection` and the same options,
   * by article id (a worker pool or a cache makes them). The bytes are the
   * same either way.
   */
  sections?: ReadonlyMap<string, ReportSection>
}

export interface Report {
  /** One self-contained HTML page: inline CSS, no scripts, no external requests. */
  html: string
  /** The same records as data, in a fixed key order: serialise with `JSON.stringify(json, null, 2)`. */
  json: ReportJson
}

function check(options: ReportOptions): Required<Omit<ReportOptions, 'sections'>> {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('Expected report options to be an object')
  const { rules = {}, kindOf = changeKind, foldAfter = 30 } = options
  if (
    typeof rules !== 'object' ||
    rules === null ||
    Object.values(rules).some((v) => typeof v !== 'string')
  ) {
    throw new TypeError('Expected `rules` to map rule ids to strings')
  }
  if (typeof kindOf !== 'function') throw new TypeError('Expected `kindOf` to be a function')
  if (!Number.isInteger(foldAfter) || foldAfter < 0)
    throw new TypeError(`Expected \`foldAfter\` to be a whole number ≥ 0, not ${String(foldAfter)}`)
  return { rules, kindOf, foldAfter }
}

/**
 * The editorial report of a build: the Book and the articles' vfiles in, one
 * HTML page and its JSON out. Pure: same inputs, same bytes (the only date in
 * it is the book's build date).
 */
export function buildReport(
  book: Book,
  files: readonly VFile[],
  options: ReportOptions = {},
): Report {
  const { rules, kindOf, foldAfter } = check(options)
  const { json, views } = reportModel(book, files, kindOf, options.sections)
  const tree = reportTree(json, views, { rules, foldAfter })
  return { html: `${toHtml(tree, { allowDangerousHtml: true })}\n`, json }
}

/** One article's part of the report, for `buildReport`'s `sections`: its data and its HTML. */
export function reportSection(
  article: BookArticle,
  file: VFile | undefined,
  options: ReportOptions = {},
): ReportSection {
  const { rules, kindOf, foldAfter } = check(options)
  const view = articleView(article, file, kindOf)
  return { source: view.report, html: elementHtml(articleSection(view, { rules, foldAfter })) }
}
