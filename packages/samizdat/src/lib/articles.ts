import { mkdir, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { serialize } from 'node:v8'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { ArticleCache } from './cache.ts'
import { corpusOf } from './evidence.ts'
import type { ArticleOutcome, JobInput, JobOutput } from './job.ts'
import type { ArticleJob, ProcessedArticle } from './pipeline.ts'
import type { RenderedArticle } from './render.ts'
import { fileFromPlain } from './serialize.ts'
import type { WorkerData } from './worker.ts'

export interface ProcessOptions {
  /** Folder of the on-disk cache; no cache when absent. */
  cacheDir?: string
  /** Worker threads; by default one per core when there are enough articles to pay for them. */
  workers?: number
  /** Called as each article is done (for progress on a terminal). */
  onArticle?: (done: number, total: number, path: string) => void
}

export interface RunOptions extends ProcessOptions {
  /** Render each article for the book too: the articles' ids (in order) and the book's language. */
  render?: { ids: readonly string[]; language: string }
  /** Keep every article's final tree and records (else only what the book's assembly needs). */
  full: boolean
}

/** One article's result: its vfile (messages, data), its tree when kept, its rendered parts when asked. */
export interface ArticleResult {
  file: VFile
  tree?: Root
  failed: boolean
  rendered?: RenderedArticle
}

/** A worker's old-generation heap in MB: enough for the largest source, never under 384. */
function heapFor(jobs: readonly ArticleJob[]): number {
  const largest = Math.max(0, ...jobs.map((j) => j.bytes.length)) / 2 ** 20
  return Math.max(384, Math.ceil(64 * largest))
}

/** Articles below which workers cost more to start than they save. */
const poolThreshold = 12

/**
 * Runs the filter chain over every source of one anthology, and renders each
 * article when asked. The sources are evidence for each other (see
 * `evidence.ts`). Articles run in a worker pool when there are many, and come
 * from the cache when their inputs are unchanged; the pipeline's code is
 * loaded only when some article needs it.
 */
export async function runArticles(
  jobs: ArticleJob[],
  options: RunOptions,
): Promise<ArticleResult[]> {
  // A large book starts its pool first, so the workers load (code, dictionaries) while the
  // sources' evidence and the cache are read: a rebuild after one edit then waits for a warm
  // worker. The anthology's word counts reach the workers through a file in the cache folder,
  // written before any article is sent; without a cache folder they travel with the pool.
  const threads = options.workers ?? availableParallelism()
  const large = threads > 1 && jobs.length >= poolThreshold
  const corpusFile =
    large && options.cacheDir
      ? join(options.cacheDir, `corpus.${process.pid}.${Date.now()}.bin`)
      : undefined
  let pool = corpusFile ? await startPool(jobs, { corpusFile }, threads) : undefined
  try {
    const { corpusWords, sharedLines: shared } = await corpusOf(jobs, options.cacheDir)
    if (corpusFile) {
      await mkdir(dirname(corpusFile), { recursive: true })
      await writeFile(corpusFile, serialize([...corpusWords]))
    } else if (large) pool = await startPool(jobs, { corpusWords: [...corpusWords] }, threads)
    const inputs = jobs.map((job, i): JobInput => {
      const input: JobInput = { job, sharedLines: shared[i]!, full: options.full }
      if (options.render)
        input.render = { id: options.render.ids[i]!, language: options.render.language }
      return input
    })
    const cache = options.cacheDir ? new ArticleCache(options.cacheDir) : undefined
    if (cache) {
      const keys = await Promise.all(inputs.map((input) => ArticleCache.key(input)))
      inputs.forEach((input, i) => {
        input.cache = { dir: cache.dir, key: keys[i]! }
      })
    }
    let done = 0
    const finish = (i: number, output: JobOutput): ArticleOutcome => {
      options.onArticle?.(++done, inputs.length, inputs[i]!.job.path)
      return output.outcome
    }
    // Each article the cache cannot give goes to the pool as soon as that is known, while
    // the rest of the cache is still being read.
    const outputs: (ArticleOutcome | undefined)[] = await Promise.all(
      inputs.map(async (input, i) => {
        const cached =
          cache && input.cache
            ? await cache.get(input.cache.key, corpusWords, options.full)
            : undefined
        if (cached) {
          done++
          return cached
        }
        return pool ? finish(i, (await pool.run(input)) as JobOutput) : undefined
      }),
    )
    const todo = inputs.flatMap((_input, i) => (outputs[i] ? [] : [i]))
    if (todo.length > 0) {
      const [{ runJob }, { loadSpellers }] = await Promise.all([
        import('./job.ts'),
        import('@samizdat/proof'),
      ])
      const spellers = await loadSpellers()
      for (const i of todo) outputs[i] = finish(i, await runJob(inputs[i]!, corpusWords, spellers))
    }
    return results(jobs, outputs)
  } finally {
    await pool?.destroy()
    if (corpusFile) await rm(corpusFile, { force: true })
  }
}

/** The worker pool: one thread at once, up to `threads` as work queues. */
async function startPool(jobs: readonly ArticleJob[], workerData: WorkerData, threads: number) {
  const { Piscina } = await import('piscina')
  // Run from the command's bundle, the workers load its bundled worker; run from the
  // sources, they compile them with tsx, resolved from here (the current folder may be anywhere).
  const bundled = (globalThis as { __samizdatBundle?: { worker: string } }).__samizdatBundle
  return new Piscina({
    filename: bundled?.worker ?? new URL('./worker.ts', import.meta.url).href,
    workerData,
    minThreads: 1,
    maxThreads: threads,
    execArgv: bundled ? [] : ['--import', import.meta.resolve('tsx')],
    // Left alone, each worker's heap grows for minutes before V8 collects it (a
    // thousand-article build peaked at 0.85 GB for 0.56 GB so capped, at the same speed).
    // The cap leaves room for the largest source: 64 MB of heap per MB of text.
    resourceLimits: { maxOldGenerationSizeMb: heapFor(jobs), maxYoungGenerationSizeMb: 16 },
  })
}

function results(
  jobs: readonly ArticleJob[],
  outputs: readonly (ArticleOutcome | undefined)[],
): ArticleResult[] {
  return outputs.map((output, i) => {
    const outcome = output!
    const result: ArticleResult = {
      file: fileFromPlain(outcome.file, jobs[i]!.filePath ?? jobs[i]!.path),
      failed: outcome.failed,
    }
    if (outcome.tree) result.tree = outcome.tree
    if (outcome.rendered) result.rendered = outcome.rendered
    return result
  })
}

/** Runs the filter chain over every source (see `runArticles`): each article's vfile and final tree. */
export async function processArticles(
  jobs: ArticleJob[],
  options: ProcessOptions = {},
): Promise<ProcessedArticle[]> {
  const results = await runArticles(jobs, { ...options, full: true })
  return results.map((r) =>
    r.failed ? { file: r.file, tree: r.tree!, failed: true } : { file: r.file, tree: r.tree! },
  )
}
