/** Ids inside the report, all prefixed so an article id cannot clash with the page's own. */
export const anchors = {
  article: (id: string) => `a-${id}`,
  line: (id: string, line: number) => `a-${id}-L${line}`,
  note: (id: string, identifier: string) => `a-${id}-n-${identifier}`,
  part: (id: string, part: string) => `a-${id}-${part}`,
}

/** `3` or `3–7`. */
export function lineRange(start: number, end: number): string {
  return end > start ? `${start}–${end}` : String(start)
}

/** A long text cut for a table cell; the full text stays in the JSON. */
export function clip(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** `1 call`, `3 calls`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
