import type { CslItem, CslName } from '@samizdat/core'
import type { ElementContent } from 'hast'
import { el } from './el.ts'

function name(n: CslName): string {
  if (n.literal) return n.literal
  return [n.given, n.family].filter(Boolean).join(' ')
}

function names(list: CslName[] | undefined): string | undefined {
  const all = (list ?? []).map(name).filter(Boolean)
  if (all.length === 0) return undefined
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`
}

function year(item: CslItem): string | undefined {
  const parts = item.issued?.['date-parts']?.[0]
  if (parts?.[0] !== undefined) return String(parts[0])
  return item.issued?.literal
}

const containerTypes = new Set([
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'chapter',
  'entry',
  'paper-conference',
  'post',
  'webpage',
])

/**
 * A readable one-line reference for the report. It is a preview of what the
 * notes filter parsed, so the editor can check it; the book's "Works cited"
 * uses citeproc and a named style.
 */
export function citationText(item: CslItem): ElementContent[] {
  const out: ElementContent[] = []
  const push = (...parts: (ElementContent | string)[]) => {
    if (out.length) out.push({ type: 'text', value: ', ' })
    for (const p of parts) out.push(typeof p === 'string' ? { type: 'text', value: p } : p)
  }
  const who = names(item.author) ?? (item.editor ? `${names(item.editor)} (ed.)` : undefined)
  if (who) push(who)
  const inContainer = containerTypes.has(item.type) && item['container-title']
  if (item.title) push(inContainer ? `‘${item.title}’` : el('i', {}, item.title))
  if (inContainer) push(el('i', {}, String(item['container-title'])))
  if (item.volume) push(`vol. ${item.volume}`)
  if (item.issue) push(`no. ${item.issue}`)
  const imprint = [item['publisher-place'], item.publisher].filter(Boolean).join(': ')
  const y = year(item)
  if (imprint || y) push([imprint, y].filter(Boolean).join(' '))
  if (item.page) push(`${/[-–,]/.test(item.page) ? 'pp.' : 'p.'} ${item.page}`)
  if (item.URL) push(el('span', { className: ['url'] }, item.URL))
  if (out.length === 0)
    push(el('span', { className: ['dim'] }, `(${item.type}, no details parsed)`))
  return out
}
