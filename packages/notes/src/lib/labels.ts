/**
 * Note labels as printed (`13`, `1*`, `†`, `¹²`) and the identifiers made
 * from them. A label belongs to a series: plain numbers, numbers with a
 * star suffix (`1*`, a second series beside the first), or symbols.
 */

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Superscript digits → ASCII digits (`¹²` → `12`). */
export function fromSuperscript(text: string): string {
  return [...text]
    .map((ch) => String(superscripts.indexOf(ch) >= 0 ? superscripts.indexOf(ch) : ch))
    .join('')
}

export const superscriptClass = `[${superscripts}]`

export type Series = 'number' | 'star-number' | 'symbol'

export interface Label {
  /** As printed, with superscripts made ASCII: `13`, `1*`, `†`. */
  label: string
  series: Series
  /** The number, for numbered series. */
  number?: number
}

/** Parse a printed label; undefined when it is not one. */
export function parseLabel(raw: string): Label | undefined {
  const text = fromSuperscript(raw.trim())
  const numbered = /^(\d{1,3})(\*+)?$/.exec(text)
  if (numbered) {
    const number = Number(numbered[1])
    const series: Series = numbered[2] ? 'star-number' : 'number'
    return { label: `${number}${numbered[2] ?? ''}`, series, number }
  }
  if (/^(\*{1,3}|†{1,2}|‡)$/.test(text)) return { label: text, series: 'symbol' }
  return undefined
}

const symbolNames: Record<string, string> = { '*': 'star', '†': 'dagger', '‡': 'double-dagger' }

/** Identifier inside the article: `13` → `13`, `1*` → `1-star`, `**` → `star-star`. */
export function identifierOf(label: string): string {
  const parts: string[] = []
  const digits = /^\d+/.exec(label)?.[0]
  if (digits) parts.push(digits)
  for (const ch of label.slice(digits?.length ?? 0)) parts.push(symbolNames[ch] ?? 'mark')
  return parts.join('-')
}
