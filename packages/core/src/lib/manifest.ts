import { z } from 'zod'
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml'

const authorField = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
/** `1977`, `1977-11`, `1977-11-07` (YAML may hand us a Date or a number). */
const dateField = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
)

export const pageSizes = ['a5', 'a4', 'letter', 'half-letter'] as const
export type PageSize = (typeof pageSizes)[number]

export const articleEntrySchema = z
  .object({
    /** Path of the raw text, relative to the manifest's folder. */
    source: z.string().min(1),
    /** Anthology-unique id (a slug); defaults to the file name without extension. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected a slug: lower-case letters, digits and hyphens')
      .optional(),
    /** Reader to use; defaults to the file's extension. */
    format: z.enum(['txt', 'html', 'md']).optional(),
    title: z.string().min(1).optional(),
    subtitle: z.string().min(1).optional(),
    author: authorField.optional(),
    date: dateField.optional(),
    publication: z.string().min(1).optional(),
    issue: z.string().min(1).optional(),
    url: z.string().url().optional(),
    rights: z.string().min(1).optional(),
    credits: z.array(z.string().min(1)).optional(),
    /** Blocks (their text, or its start) the editor keeps whatever the rules say. */
    keep: z.array(z.string().min(1)).optional(),
    /** Blocks (their text, or its start) the editor removes. */
    drop: z.array(z.string().min(1)).optional(),
  })
  .strict()

export const manifestSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    editor: z.string().min(1).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a BCP 47 tag such as en or en-GB'),
    date: dateField,
    rights: z.string().min(1).optional(),
    licence: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    editorsNote: z.string().min(1).optional(),
    pageSize: z.enum(pageSizes).optional(),
    /** Folder of errata files (`<source name>.yaml`), relative to the manifest. */
    errata: z.string().min(1).optional(),
    /** Folder whose `.txt`/`.html`/`.md` files are the articles when `articles` is absent. */
    sources: z.string().min(1).optional(),
    articles: z.array(articleEntrySchema).min(1).optional(),
  })
  .strict()

export type ArticleEntry = z.infer<typeof articleEntrySchema>
export type Manifest = z.infer<typeof manifestSchema>

/**
 * A problem in an editor's file (the manifest, an errata file), with the place
 * it was found. Its message is one line: `path:line:col: reason`.
 */
export class PlacedError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${path}:${line}:${column}: ${reason}`)
    this.name = 'PlacedError'
  }
}

/** A problem with the manifest. */
export class ManifestError extends PlacedError {
  override name = 'ManifestError'
}

/** The YAML node at a path (the key itself when `atKey`), or the deepest one that exists. */
function nodeAt(
  doc: YamlNode | null | undefined,
  keys: (string | number)[],
  atKey = false,
): YamlNode | undefined {
  let node: YamlNode | null | undefined = doc
  let last: YamlNode | undefined = node ?? undefined
  for (const [i, key] of keys.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      if (!pair) return last
      if (atKey && i === keys.length - 1) return pair.key as YamlNode
      last = (pair.value as YamlNode | null) ?? (pair.key as YamlNode)
      node = pair.value as YamlNode | null
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as YamlNode | undefined
      if (!node) return last
      last = node
    } else return last
  }
  return last
}

function fieldName(keys: (string | number)[]): string {
  return keys.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k),
    '',
  )
}

/**
 * Parse and validate a manifest. Throws a ManifestError naming the file, the
 * line and the field at the first problem.
 */
export function parseManifest(text: string, path: string): Manifest {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const where = (offset: number) => lineCounter.linePos(offset)
  const yamlError = doc.errors[0]
  if (yamlError) {
    const pos = where(yamlError.pos[0])
    throw new ManifestError(
      path,
      pos.line,
      pos.col,
      `Invalid YAML: ${yamlError.message.split('\n')[0]}`,
    )
  }
  const result = manifestSchema.safeParse(doc.toJS())
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  let keys = issue.path
  let reason = issue.message
  if (issue.code === 'unrecognized_keys') {
    keys = [...issue.path, issue.keys[0]!]
    reason = `Unknown field \`${issue.keys[0]}\``
  } else if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    reason = `Missing required field \`${fieldName(keys)}\``
  } else {
    reason = `Bad value for \`${fieldName(keys)}\`: ${reason}`
  }
  const node = nodeAt(doc.contents as YamlNode, keys, issue.code === 'unrecognized_keys')
  const pos = node?.range ? where(node.range[0]) : { line: 1, col: 1 }
  throw new ManifestError(path, pos.line, pos.col, reason)
}
