import type { Change, ChangeKind } from '@samizdat/core'

/** The kinds in the order the report shows them. */
export const changeKinds: readonly ChangeKind[] = ['errata', 'fix', 'typography', 'structure']

/** Column headings and section titles for each kind. */
export const kindLabels: Record<ChangeKind, string> = {
  errata: 'Errata',
  fix: 'Automatic fixes',
  typography: 'Typography',
  structure: 'Structure',
}

/** Rule-name words that mean typography (`curly-quotes`, `double-space`, `range-dash`), not `blockquote`. */
const typographic =
  /(^|-)(quotes?|apostrophes?|dash(es)?|ellips[ie]s|spac(e|es|ing)|typography|punctuation|primes?|hyphens?)(-|$)/

/**
 * The kind of a change: its own `kind` when the filter set one, else read from
 * the rule id (`source:rule`), because filters written before `kind` existed
 * name their rules after what they do.
 */
export function changeKind(change: Pick<Change, 'ruleId' | 'kind'>): ChangeKind {
  if (change.kind) return change.kind
  const id = change.ruleId.toLowerCase()
  const colon = id.indexOf(':')
  const source = colon < 0 ? '' : id.slice(0, colon)
  const rule = colon < 0 ? id : id.slice(colon + 1)
  if (source === 'errata' || rule.includes('errat')) return 'errata'
  if (source === 'read' || source === 'notes' || source === 'structure') return 'structure'
  if (source === 'typography' || typographic.test(rule)) return 'typography'
  return 'fix'
}
