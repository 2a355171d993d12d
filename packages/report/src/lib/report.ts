import type { Book, Change, ChangeKind } from '@samizdat/core'
import { toHtml } from 'hast-util-to-html'
import type { VFile } from 'vfile'
import { changeKind } from './kinds.ts'
import { type ReportJson, reportModel } from './model.ts'
import { reportTree } from './page.ts'

export interface ReportOptions {
  /** Rule id (`clean:caption`) → one-line explanation, shown beside each rule. The front door joins every package's `rules`. */
  rules?: Readonly<Record<string, string>>
  /** How to classify a change that has no `kind`; defaults to `changeKind` (reads the rule id). */
  kindOf?: (change: Change) => ChangeKind
  /** Typography and structure corrections start folded when an article has more than this many (default 30). */
  foldAfter?: number
}

export interface Report {
  /** One self-contained HTML page: inline CSS, no scripts, no external requests. */
  html: string
  /** The same records as data, in a fixed key order: serialise with `JSON.stringify(json, null, 2)`. */
  json: ReportJson
}

function check(options: ReportOptions): Required<ReportOptions> {
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
  const { json, views } = reportModel(book, files, kindOf)
  const tree = reportTree(json, views, { rules, foldAfter })
  return { html: `${toHtml(tree)}\n`, json }
}
