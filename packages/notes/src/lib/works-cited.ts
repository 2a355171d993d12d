import { createRequire } from 'node:module'
import type { Cite as CiteClass } from '@citation-js/core'
// Types only: the plugin's declarations add the `bibliography` format to `Cite`.
import type {} from '@citation-js/plugin-csl'
import type { BibliographyEntry, CslItem, NoteCitation, WorkCited } from '@samizdat/core'

/** The CSL style the works cited are formatted in (bundled with @citation-js/plugin-csl). */
export const worksCitedStyle = 'Harvard Reference format 1 (author-date)'
const template = 'harvard1'

/**
 * Distinct works across the anthology. Works with the same id (first
 * author's family name + title) are one work: the first full record wins
 * and later records fill its gaps; `citedBy` lists every note, in order.
 */
export function mergeCitations(
  perArticle: { articleId: string; citations: NoteCitation[] }[],
): WorkCited[] {
  const works = new Map<string, WorkCited>()
  for (const { articleId, citations } of perArticle) {
    for (const citation of citations) {
      const { item } = citation
      let work = works.get(item.id)
      if (!work) {
        work = { ...structuredClone(item), citedBy: [] }
        works.set(item.id, work)
      } else {
        for (const [key, value] of Object.entries(item)) {
          if (work[key] === undefined && value !== undefined) work[key] = structuredClone(value)
        }
      }
      if (!work.citedBy.some((c) => c.article === articleId && c.note === citation.note)) {
        work.citedBy.push({ article: articleId, note: citation.note })
      }
    }
  }
  return [...works.values()]
}

const strip = (entry: string) =>
  entry
    .trim()
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .trim()

/**
 * citation-js and citeproc take a third of a second to load, and most builds
 * (a rebuild with the works already formatted, a book that cites nothing)
 * never format: they are loaded on the first call. The CommonJS builds are
 * required together, so the CSL plugin registers with the core that formats.
 */
let cite: typeof CiteClass | undefined
function citeClass(): typeof CiteClass {
  if (!cite) {
    const require = createRequire(import.meta.url)
    const core = require('@citation-js/core') as { Cite: typeof CiteClass }
    require('@citation-js/plugin-csl')
    cite = core.Cite
  }
  return cite
}

/**
 * The works formatted as a bibliography by citeproc (citation-js) in the
 * Harvard author-date style, in the style's sorted order.
 */
export function formatWorksCited(items: CslItem[]): BibliographyEntry[] {
  if (items.length === 0) return []
  // citeproc sees plain CSL: the `citedBy` bookkeeping stays out.
  const data = items.map(({ citedBy: _, ...item }) => item)
  const Cite = citeClass()
  const cite = new Cite(data)
  const options = { template, lang: 'en-US', asEntryArray: true as const }
  const html = cite.format('bibliography', { ...options, format: 'html' }) as unknown as [
    string,
    string,
  ][]
  const text = new Map(
    cite.format('bibliography', { ...options, format: 'text' }) as unknown as [string, string][],
  )
  return html.map(([id, entry]) => ({ id, text: (text.get(id) ?? '').trim(), html: strip(entry) }))
}
