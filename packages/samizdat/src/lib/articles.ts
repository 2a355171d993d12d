import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { sameTextKey } from '@samizdat/clean'
import { countWords, loadSpellers, type Spellers } from '@samizdat/proof'
import { ArticleCache } from './cache.ts'
import { runJob, type JobInput, type JobOutput } from './job.ts'
import { readSource, type ArticleJob, type ProcessedArticle } from './pipeline.ts'
import { fromPlain } from './serialize.ts'

export interface ProcessOptions {
  /** Folder of the on-disk cache; no cache when absent. */
  cacheDir?: string
  /** Worker threads; by default one per core when there are enough articles to pay for them. */
  workers?: number
  /** Called as each article is done (for progress on a terminal). */
  onArticle?: (done: number, total: number, path: string) => void
}

/** Articles below which workers cost more to start than they save. */
const poolThreshold = 12

/**
 * Runs the filter chain over every source of one anthology. The sources are
 * evidence for each other: a line that other pages of the same collection
 * print is the site's, and a rare spelling one edit from a word the others
 * use is suspect. Articles run in a worker pool when there are many, and come
 * from the cache when their inputs are unchanged.
 */
export async function processArticles(jobs: ArticleJob[], options: ProcessOptions = {}): Promise<ProcessedArticle[]> {
  const raw = await Promise.all(jobs.map((j) => readSource(j.bytes, j.path, j.format)))
  const corpusWords = countWords(raw.map(({ tree }) => tree))
  const inputs = sharedLinesOf(raw.map(({ file }) => file.data.rawLines ?? [])).map(
    (sharedLines, i): JobInput => ({ job: jobs[i]!, sharedLines }),
  )
  const cache = options.cacheDir ? new ArticleCache(options.cacheDir) : undefined
  const keys = cache ? await Promise.all(inputs.map((input) => cache.key(input))) : []
  const outputs: (JobOutput | undefined)[] = cache
    ? await Promise.all(keys.map((key) => cache.get(key, corpusWords)))
    : inputs.map(() => undefined)
  const todo = inputs.flatMap((input, i) => (outputs[i] ? [] : [i]))
  let done = inputs.length - todo.length
  const finish = async (i: number, output: JobOutput) => {
    outputs[i] = output
    if (cache) await cache.set(keys[i]!, output)
    options.onArticle?.(++done, inputs.length, inputs[i]!.job.path)
  }
  const workers = Math.min(options.workers ?? availableParallelism(), todo.length)
  if (workers > 1 && todo.length >= poolThreshold) {
    const pool = new Piscina({
      filename: new URL('./worker.ts', import.meta.url).href,
      workerData: { corpusWords: [...corpusWords] },
      minThreads: workers,
      maxThreads: workers,
      // The workers compile the TypeScript sources as the main thread does; tsx is
      // resolved from here, not from the current folder, which may be anywhere.
      execArgv: ['--import', import.meta.resolve('tsx')],
    })
    try {
      await Promise.all(todo.map(async (i) => finish(i, (await pool.run(inputs[i])) as JobOutput)))
    } finally {
      await pool.destroy()
    }
  } else if (todo.length > 0) {
    const spellers: Spellers = await loadSpellers()
    for (const i of todo) await finish(i, await runJob(inputs[i]!, corpusWords, spellers))
  }
  return outputs.map((o, i) => fromPlain(o!.article, jobs[i]!.filePath ?? jobs[i]!.path))
}

/** For each source, its lines that another source of the anthology also prints. */
function sharedLinesOf(sources: string[][]): string[][] {
  const owners = new Map<string, number>()
  const keyed = sources.map((lines) => {
    const keys = new Map<string, string>()
    for (const line of lines) {
      const key = sameTextKey(line)
      if (key && !keys.has(key)) keys.set(key, line.trim())
    }
    for (const key of keys.keys()) owners.set(key, (owners.get(key) ?? 0) + 1)
    return keys
  })
  return keyed.map((keys) => [...keys].filter(([key]) => (owners.get(key) ?? 0) > 1).map(([, line]) => line))
}
