import { countWords, loadSpellers } from '@samizdat/proof'
import { processArticle, readSource, type ArticleJob, type ProcessedArticle } from './pipeline.ts'

/**
 * Runs the filter chain over every source of one anthology. The sources are
 * evidence for each other: a line that other pages of the same collection
 * print is the site's, and a rare spelling one edit from a word the others
 * use is suspect. Dictionaries are loaded once.
 */
export async function processArticles(jobs: ArticleJob[]): Promise<ProcessedArticle[]> {
  const raw = await Promise.all(jobs.map((j) => readSource(j.bytes, j.path, j.format)))
  const blocks = raw.map(({ file }) => (file.data.rawLines ?? []).map((l) => l.trim()).filter(Boolean))
  const corpusWords = countWords(raw.map(({ tree }) => tree))
  const spellers = await loadSpellers()
  const results: ProcessedArticle[] = []
  for (const [i, job] of jobs.entries()) {
    const corpus = blocks.filter((_, j) => j !== i)
    results.push(await processArticle(job, { corpus, spellers, corpusWords }))
  }
  return results
}
