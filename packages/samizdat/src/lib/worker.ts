import { workerData } from 'node:worker_threads'
import { loadSpellers, type Spellers } from '@samizdat/proof'
import { runJob, type JobInput, type JobOutput } from './job.ts'

// Each worker loads the dictionaries once and keeps the anthology's counts.
const corpusWords = new Map<string, number>((workerData as { corpusWords: [string, number][] }).corpusWords)
let spellers: Promise<Spellers> | undefined

export default async function work(input: JobInput): Promise<JobOutput> {
  spellers ??= loadSpellers()
  return runJob(input, corpusWords, await spellers)
}
