import type { VFile } from 'vfile'
import type { ArticleMeta } from './meta.ts'
import type { Change, MetaFinding, Removal } from './record.ts'
import type { NoteCitation } from './csl.ts'
import type { SourceFormat } from './book.ts'

/**
 * What samizdat keeps on each article's vfile, next to the messages.
 * Plugins read and write these fields; the report and `--json` are views of them.
 */
declare module 'vfile' {
  interface DataMap {
    /** Metadata found so far (text, page, manifest). */
    meta: ArticleMeta
    /** Blocks taken out, with reason and raw lines. */
    removals: Removal[]
    /** Changes inside the text. */
    changes: Change[]
    /** Metadata moved out of the prose. */
    findings: MetaFinding[]
    /** Structured citations from the notes. */
    citations: NoteCitation[]
    /** The article's anthology-unique id, when it is part of a book. */
    articleId: string
    /** The source format the reader used. */
    format: SourceFormat
    /** The raw lines of the source as decoded (no line endings), for reports. */
    rawLines: string[]
    /** Manifest `keep` entries (texts the editor keeps whatever the rules say). */
    keep: string[]
    /** Manifest `drop` entries (texts the editor removes). */
    drop: string[]
  }
}

export function recordRemoval(file: VFile, removal: Removal): void {
  const list = file.data.removals ?? []
  list.push(removal)
  file.data.removals = list
}

export function recordChange(file: VFile, change: Change): void {
  const list = file.data.changes ?? []
  list.push(change)
  file.data.changes = list
}

export function recordFinding(file: VFile, finding: MetaFinding): void {
  const list = file.data.findings ?? []
  list.push(finding)
  file.data.findings = list
}

/** The article's metadata object, created on first use. */
export function metaOf(file: VFile): ArticleMeta {
  if (!file.data.meta) file.data.meta = {}
  return file.data.meta
}
