import type { Root } from 'mdast'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { ArticleEntry, SourceFormat } from '@samizdat/core'
import { cleanPresetWith } from '@samizdat/clean'
import { createNotesPreset } from '@samizdat/notes'
import { ErrataError, parseErrata, proofPreset, type Spellers } from '@samizdat/proof'
import { structurePreset } from '@samizdat/read'
import { readSource } from './source.ts'
import { SamizdatError } from './errors.ts'

/** What every article's filters share: built once per build by the front door. */
export interface PipelineContext {
  /** Block texts of the other sources in the anthology, for repetition evidence. */
  corpus: string[][]
  /** From `loadSpellers()` (I/O, done once by the caller); without them spelling checks are off. */
  spellers?: Spellers
  /** Word → frequency across the anthology, for the corpus spelling evidence. */
  corpusWords?: Map<string, number>
}

/** One source to process: what the manifest and the disk gave. */
export interface ArticleJob {
  bytes: Uint8Array
  /** Path relative to the manifest's folder (the book's record of the source). */
  path: string
  /** Path as the user reaches it from the current folder, for messages (default: `path`). */
  filePath?: string
  format: SourceFormat
  entry: ArticleEntry
  errata?: { path: string; text: string }
}

export interface ProcessedArticle {
  file: VFile
  tree: Root
  /** True when the article could not be made (not text, empty, a filter failed): the book leaves it out. */
  failed?: boolean
}

export { maxSourceBytes, readSource } from './source.ts'

/**
 * The filter chain, in its one fixed order:
 * read → clean → notes → structure → proof.
 * Notes run before structure recovery so that a numbered note section is not
 * taken for a list; proof runs last so errata and typography reach every
 * text, headings and notes included.
 */
export async function processArticle(job: ArticleJob, context: PipelineContext): Promise<ProcessedArticle> {
  const { file, tree } = await readSource(job.bytes, job.filePath ?? job.path, job.format)
  if (file.messages.some((m) => m.fatal)) return { file, tree, failed: true }
  file.data.keep = job.entry.keep ?? []
  file.data.drop = job.entry.drop ?? []
  let errata
  try {
    errata = job.errata ? parseErrata(job.errata.text, job.errata.path) : undefined
  } catch (error) {
    if (error instanceof ErrataError) throw new SamizdatError(error.message, 1)
    throw error
  }
  const processor = unified()
    .use(cleanPresetWith({ corpus: context.corpus }))
    .use(createNotesPreset())
    .use(structurePreset)
    .use(
      proofPreset({
        ...(errata ? { errata, errataPath: job.errata!.path } : {}),
        ...(context.spellers ? { spellers: context.spellers } : {}),
        ...(context.corpusWords ? { corpusWords: context.corpusWords } : {}),
      }),
    )
  try {
    const result = (await processor.run(tree, file)) as Root
    return { file, tree: result }
  } catch (error) {
    if (error instanceof ErrataError) throw new SamizdatError(error.message, 1)
    // A filter that breaks on one page must not take the book down: the
    // article is left out with a message saying why, and the rest goes on.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    const message = file.message(`Unexpected failure while processing this source (${reason}), expected a clean run: the article is left out`, {
      ruleId: 'failed',
      source: 'samizdat',
    })
    message.fatal = true
    return { file, tree, failed: true }
  }
}
