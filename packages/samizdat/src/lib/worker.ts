import { readFile } from 'node:fs/promises'
import { deserialize } from 'node:v8'
import { workerData } from 'node:worker_threads'
import { loadSpellers, type Spellers } from '@samizdat/proof'
import { runJob, type JobInput, type JobOutput } from './job.ts'

/** The anthology's word counts, given with the pool or in a file written before the first article is sent. */
export type WorkerData = { corpusWords: [string, number][] } | { corpusFile: string }

// Each worker loads the dictionaries once, as it starts, and keeps the anthology's counts.
const data = workerData as WorkerData
let corpus: Promise<Map<string, number>> | undefined
const corpusWords = (): Promise<Map<string, number>> => {
  corpus ??=
    'corpusWords' in data
      ? Promise.resolve(new Map(data.corpusWords))
      : readFile(data.corpusFile).then((bytes) => new Map(deserialize(bytes) as [string, number][]))
  return corpus
}
const spellers: Promise<Spellers> = loadSpellers()
// A failure is reported by the first job that awaits it, not as an unhandled rejection.
spellers.catch(() => {})

export default async function work(input: JobInput): Promise<JobOutput> {
  return runJob(input, await corpusWords(), await spellers)
}
