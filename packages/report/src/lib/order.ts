import type { ArticleMeta, MetaOrigin } from '@samizdat/core'

/** Counts by key, keys sorted, so JSON output does not depend on record order. */
export type Counts = Record<string, number>

export function sortedCounts(keys: readonly string[]): Counts {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  const out: Counts = {}
  for (const key of [...counts.keys()].sort()) out[key] = counts.get(key)!
  return out
}

/** A copy with every object's keys sorted: free-form data (CSL items) serialises the same way every run. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = canonical(v)
    }
    return out
  }
  return value
}

/** Metadata fields in the order a title page reads them; unknown fields follow, sorted. */
export const metaFields = [
  'title',
  'subtitle',
  'standfirst',
  'authors',
  'date',
  'publication',
  'issue',
  'url',
  'rights',
  'credits',
  'bio',
] as const

function fieldOrder(keys: string[]): string[] {
  const known = metaFields.filter((f) => keys.includes(f)) as string[]
  return known.concat(keys.filter((k) => !known.includes(k)).sort())
}

/** The article's metadata without `origins`, in a fixed key order. */
export function orderedMeta(meta: ArticleMeta): Record<string, unknown> {
  const source = meta as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of fieldOrder(Object.keys(source).filter((k) => k !== 'origins'))) {
    if (source[key] !== undefined) out[key] = canonical(source[key])
  }
  return out
}

/** Where each field came from, in the same order as the fields. */
export function orderedOrigins(meta: ArticleMeta): Record<string, MetaOrigin> {
  const origins = (meta.origins ?? {}) as Record<string, MetaOrigin | undefined>
  const out: Record<string, MetaOrigin> = {}
  for (const key of fieldOrder(Object.keys(origins))) {
    const o = origins[key]
    if (!o) continue
    out[key] = o.line === undefined ? { from: o.from } : { from: o.from, line: o.line }
  }
  return out
}
