import type { Root } from 'mdast'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { ArticleEntry, SourceFormat } from '@samizdat/core'
import { readText } from '@samizdat/read'

/** What every article's filters share: built once per build by the front door. */
export interface PipelineContext {
  /** Block texts of every source in the anthology, for repetition evidence. */
  corpus: string[][]
}

export interface ProcessedArticle {
  file: VFile
  tree: Root
}

/** The reader for a format. */
export function readSource(bytes: Uint8Array, path: string, format: SourceFormat) {
  switch (format) {
    case 'txt':
      return readText(bytes, path)
    default:
      return readText(bytes, path)
  }
}

/**
 * The filter chain, in its one fixed order:
 * read → clean → notes → structure → proof.
 */
export async function processArticle(
  bytes: Uint8Array,
  path: string,
  format: SourceFormat,
  entry: ArticleEntry,
  _context: PipelineContext,
): Promise<ProcessedArticle> {
  const { file, tree } = readSource(bytes, path, format)
  file.data.keep = entry.keep ?? []
  file.data.drop = entry.drop ?? []
  const processor = unified()
  const result = (await processor.run(tree, file)) as Root
  return { file, tree: result }
}
