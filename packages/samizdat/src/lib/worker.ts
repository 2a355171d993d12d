import { workerData } from 'node:worker_threads'
import { loadSpellers, type Spellers } from '@samizdat/proof'
import { runJob, type JobInput, type JobOutput } from './job.ts'

// Each worker loads the dictionaries once and keeps the anthology's counts.
const corpusWords = new Map<string, number>((workerData as { corpusWords: [string, number][] }).corpusWords)
// Loaded as the worker starts: the pool starts while the build reads its cache.
const spellers: Promise<Spellers> = loadSpellers()
// A failure is reported by the first job that awaits it, not as an unhandled rejection.
spellers.catch(() => {})

export default async function work(input: JobInput): Promise<JobOutput> {
  return runJob(input, corpusWords, await spellers)
}
