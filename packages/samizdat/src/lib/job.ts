import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Spellers } from '@samizdat/proof'
import { ArticleCache } from './cache.ts'
import { TrackedCounts } from './counts.ts'
import { processArticle, type ArticleJob } from './pipeline.ts'
import { storeParts } from './parts.ts'
import { type RenderContext, type RenderedArticle, renderArticle } from './render.ts'
import { type PlainFile, plainFile } from './serialize.ts'

/** One article's work, as plain data: what a worker receives. */
export interface JobInput {
  job: ArticleJob
  /** This article's lines that other sources of the anthology also print. */
  sharedLines: string[]
  /** Render the article for the book too (its id and the book's language). */
  render?: RenderContext
  /** Send back the final tree and every record (else only what the book's assembly needs). */
  full: boolean
  /** Where to keep the result: the worker writes the cache entry itself. */
  cache?: { dir: string; key: string }
}

/** One article's result. */
export interface ArticleOutcome {
  failed: boolean
  file: PlainFile
  /** The final tree, when `full` was asked. */
  tree?: Root
  rendered?: RenderedArticle
}

/** What a worker returns. */
export interface JobOutput {
  outcome: ArticleOutcome
}

/** The part of an article's data the book's assembly reads (the rest went into the rendered parts). */
export function leanData(data: VFile['data']): VFile['data'] {
  const lean: VFile['data'] = {}
  if (data.articleId !== undefined) lean.articleId = data.articleId
  if (data.citations !== undefined) lean.citations = data.citations
  return lean
}

/** Runs the filter chain on one article and renders it; pure but for the counts it records and the cache entry. */
export async function runJob(input: JobInput, corpusWords: ReadonlyMap<string, number>, spellers: Spellers): Promise<JobOutput> {
  const counts = new TrackedCounts(corpusWords)
  const processed = await processArticle(input.job, { corpus: [input.sharedLines], spellers, corpusWords: counts })
  const rendered = input.render && !processed.failed ? renderArticle(input.job, processed, input.render).rendered : undefined
  const full = plainFile(processed.file)
  const lean: ArticleOutcome = { failed: processed.failed === true, file: { ...full, data: leanData(full.data) } }
  if (rendered) lean.rendered = rendered
  if (input.cache) {
    // The parts go to their own file; the entry and the main thread get references to them.
    const cache = new ArticleCache(input.cache.dir)
    const parts = rendered ? storeParts(rendered, cache.partsFile(input.cache.key)) : undefined
    if (parts) lean.rendered = parts.stored
    const entry = { outcome: lean, lookups: counts.pack() }
    await cache.set(input.cache.key, entry, { data: full.data, tree: processed.tree }, parts?.bytes)
  }
  return { outcome: input.full ? { ...lean, file: full, tree: processed.tree } : lean }
}
