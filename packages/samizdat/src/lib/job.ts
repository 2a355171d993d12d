import type { Spellers } from '@samizdat/proof'
import { TrackedCounts } from './counts.ts'
import { processArticle, type ArticleJob } from './pipeline.ts'
import { toPlain, type PlainArticle } from './serialize.ts'

/** One article's work, as plain data: what a worker receives. */
export interface JobInput {
  job: ArticleJob
  /** This article's lines that other sources of the anthology also print. */
  sharedLines: string[]
}

/** What a worker returns: the article and the word counts its proofreading looked up. */
export interface JobOutput {
  article: PlainArticle
  lookups: [string, number][]
}

/** Runs the filter chain on one article; pure but for the counts it records. */
export async function runJob(input: JobInput, corpusWords: ReadonlyMap<string, number>, spellers: Spellers): Promise<JobOutput> {
  const counts = new TrackedCounts(corpusWords)
  const processed = await processArticle(input.job, { corpus: [input.sharedLines], spellers, corpusWords: counts })
  return { article: toPlain(processed), lookups: [...counts.lookups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) }
}
