import { closeSync, openSync, readSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { DeferredEntry, PackedEntry, ZipEntry } from '@samizdat/epub'
import type { RenderedArticle } from './render.ts'

/**
 * Where a rendered part sits in its article's parts file (`KEY.parts` in the
 * cache): a book of thousands of articles reads each part when its output
 * reaches it, and never holds them all.
 */
export interface PartRef {
  file: string
  offset: number
  length: number
}

/** A part in memory, or where it is kept. */
export type Part = Uint8Array | PartRef

/** An EPUB chapter entry whose compressed bytes are kept in a parts file. */
export type StoredEntry = Omit<PackedEntry, 'bytes'> & { ref: PartRef }

/**
 * A part's bytes. Read synchronously: a book reads thousands of small parts
 * one after another with nothing else to do meanwhile, and each asynchronous
 * open, read and close is a round trip through libuv's thread pool.
 */
export async function readPart(part: Part): Promise<Uint8Array> {
  if (part instanceof Uint8Array) return part
  const fd = openSync(part.file, 'r')
  try {
    const bytes = new Uint8Array(part.length)
    const read = readSync(fd, bytes, 0, part.length, part.offset)
    if (read !== part.length)
      throw new Error(`Unexpected end of ${part.file}: the build cache is damaged, remove it`)
    return bytes
  } finally {
    closeSync(fd)
  }
}

/** A chapter's zip entry: in memory, or read when the archive reaches it. */
export function zipEntryOf(entry: PackedEntry | StoredEntry): ZipEntry {
  if (!('ref' in entry)) return entry
  const { ref, ...head } = entry
  const deferred: DeferredEntry = { ...head, stored: ref.length, load: () => readPart(ref) }
  return deferred
}

/**
 * The article with each of its parts passed through `f`, in one fixed order:
 * the EPUB chapter's compressed bytes, the print chapter, the Markdown, the
 * report section and the report record.
 */
function mapParts(rendered: RenderedArticle, f: (part: Part) => Part): RenderedArticle {
  const { entry } = rendered.epub
  const { bytes: _bytes, ref: _ref, ...head } = entry as PackedEntry & StoredEntry
  const chapter = f('ref' in entry ? entry.ref : entry.bytes)
  return {
    ...rendered,
    epub: {
      ...rendered.epub,
      entry:
        chapter instanceof Uint8Array ? { ...head, bytes: chapter } : { ...head, ref: chapter },
    },
    html: f(rendered.html),
    md: f(rendered.md),
    report: { ...rendered.report, html: f(rendered.report.html), json: f(rendered.report.json) },
  }
}

/**
 * The article's parts as one file's bytes, and the rendered article with
 * references into `file` in place of its bytes.
 */
export function storeParts(
  rendered: RenderedArticle,
  file: string,
): { bytes: Uint8Array; stored: RenderedArticle } {
  const chunks: Uint8Array[] = []
  let offset = 0
  const stored = mapParts(rendered, (part) => {
    if (!(part instanceof Uint8Array)) throw new Error('Unexpected part already stored')
    chunks.push(part)
    const ref = { file, offset, length: part.length }
    offset += part.length
    return ref
  })
  return { bytes: Buffer.concat(chunks), stored }
}

/** The same article with its references pointing into `dir` (a cache folder may have moved). */
export function partsIn(rendered: RenderedArticle, dir: string): RenderedArticle {
  return mapParts(rendered, (part) =>
    part instanceof Uint8Array ? part : { ...part, file: join(dir, basename(part.file)) },
  )
}

/** The length a parts file must have for the references of a stored article (its last part's end). */
export function partsLength(rendered: RenderedArticle): number {
  let end = 0
  mapParts(rendered, (part) => {
    if (!(part instanceof Uint8Array)) end = Math.max(end, part.offset + part.length)
    return part
  })
  return end
}
