import type { ArticleMeta, MetaOrigin } from '@samizdat/core'
import { parse } from 'yaml'
import { parsePartialDate } from '../html/date.ts'
import { splitAuthors } from '../html/meta.ts'

/**
 * YAML front matter → article metadata. The keys are the ones the manifest
 * uses for an article (`title`, `author`/`authors`, `date`, `publication`,
 * `issue`, `url`, `rights`, `credits`…); `source` is taken as `url`.
 */
export const frontMatterKeys = [
  'title',
  'subtitle',
  'standfirst',
  'author',
  'authors',
  'date',
  'publication',
  'issue',
  'url',
  'source',
  'rights',
  'credits',
  'bio',
] as const

export interface FrontMatter {
  meta: ArticleMeta
  /** Keys that are not metadata samizdat knows (kept out, reported). */
  unknown: string[]
  /** Keys whose value has the wrong shape, with what was expected. */
  invalid: { key: string; expected: string }[]
}

export class FrontMatterError extends Error {}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  return undefined
}

function texts(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const list = value.map(text).filter((item): item is string => item !== undefined)
    return list.length === value.length ? list : undefined
  }
  const one = text(value)
  return one === undefined ? undefined : [one]
}

/** Parse the YAML; throws `FrontMatterError` when it is not YAML or not a mapping. */
export function readFrontMatter(yaml: string, line: number | undefined): FrontMatter {
  let data: unknown
  try {
    data = parse(yaml)
  } catch (error) {
    throw new FrontMatterError(
      error instanceof Error ? error.message.split('\n')[0]!.replace(/:\s*$/, '') : String(error),
    )
  }
  if (data === null || data === undefined) return { meta: {}, unknown: [], invalid: [] }
  if (typeof data !== 'object' || Array.isArray(data))
    throw new FrontMatterError('front matter is not a mapping')
  const record = data as Record<string, unknown>
  const origin: MetaOrigin =
    line === undefined ? { from: 'front-matter' } : { from: 'front-matter', line }
  const meta: ArticleMeta = {}
  const origins: NonNullable<ArticleMeta['origins']> = {}
  const invalid: FrontMatter['invalid'] = []
  const known = new Set<string>(frontMatterKeys)
  const unknown = Object.keys(record).filter((key) => !known.has(key))

  const put = <K extends keyof Omit<ArticleMeta, 'origins'>>(
    field: K,
    key: string,
    value: ArticleMeta[K] | undefined,
    expected: string,
  ) => {
    if (!(key in record)) return
    if (value === undefined) {
      invalid.push({ key, expected })
      return
    }
    meta[field] = value
    origins[field] = { ...origin }
  }
  for (const field of [
    'title',
    'subtitle',
    'standfirst',
    'publication',
    'issue',
    'rights',
    'bio',
  ] as const) {
    put(field, field, text(record[field]), 'a string')
  }
  const authors = record.authors ?? record.author
  const authorKey = 'authors' in record ? 'authors' : 'author'
  put(
    'authors',
    authorKey,
    texts(authors)?.flatMap((name) => splitAuthors(name)),
    'a name or a list of names',
  )
  put('date', 'date', parsePartialDate(record.date), 'a date such as 1977, 1977-11 or 1977-11-07')
  put('url', 'url' in record ? 'url' : 'source', text(record.url ?? record.source), 'a URL')
  put('credits', 'credits', texts(record.credits), 'a string or a list of strings')
  if (Object.keys(origins).length) meta.origins = origins
  return { meta, unknown, invalid }
}
