import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { codeDigest } from './digest.ts'
import type { ArticleJob } from './pipeline.ts'

/**
 * What one source lends the others as evidence: its lines (by the key clean
 * compares them with) and its word counts. A line that other pages of the
 * same collection print is the site's; a rare spelling one edit from a word
 * the others use is suspect.
 */
export interface SourceEvidence {
  /** [key, the line as printed], one per distinct key. */
  lines: [string, string][]
  /** [word, count] in the source's raw text. */
  words: [string, number][]
}

/** Reads and measures one source. The readers, clean and proof are loaded only when a source needs it. */
async function measure(job: ArticleJob): Promise<SourceEvidence> {
  const [{ readSource }, { sameTextKey }, { countWords }] = await Promise.all([
    import('./pipeline.ts'),
    import('@samizdat/clean'),
    import('@samizdat/proof'),
  ])
  const { file, tree } = await readSource(job.bytes, job.path, job.format)
  const lines = new Map<string, string>()
  for (const line of file.data.rawLines ?? []) {
    const key = sameTextKey(line)
    if (key && !lines.has(key)) lines.set(key, line.trim())
  }
  return { lines: [...lines], words: [...countWords([tree])] }
}

/**
 * Evidence for each source, from the cache folder when the source's bytes and
 * the code are unchanged (an edit to one source of a thousand reads one).
 */
export async function evidenceOf(jobs: readonly ArticleJob[], cacheDir?: string): Promise<SourceEvidence[]> {
  if (!cacheDir) return Promise.all(jobs.map(measure))
  const dir = join(cacheDir, 'evidence')
  const code = await codeDigest()
  let made = false
  return Promise.all(
    jobs.map(async (job) => {
      const key = createHash('sha256').update(code).update(job.format).update(job.bytes).digest('hex')
      const path = join(dir, `${key}.bin`)
      try {
        return deserialize(await readFile(path)) as SourceEvidence
      } catch {
        const evidence = await measure(job)
        if (!made) await mkdir(dir, { recursive: true })
        made = true
        const temp = `${path}.${process.pid}.tmp`
        await writeFile(temp, serialize(evidence))
        await rename(temp, path)
        return evidence
      }
    }),
  )
}

/** The anthology's word counts: the sum over its sources. */
export function corpusWordsOf(evidence: readonly SourceEvidence[]): Map<string, number> {
  const words = new Map<string, number>()
  for (const e of evidence) for (const [word, count] of e.words) words.set(word, (words.get(word) ?? 0) + count)
  return words
}

/** For each source, its lines that another source of the anthology also prints. */
export function sharedLinesOf(evidence: readonly SourceEvidence[]): string[][] {
  const owners = new Map<string, number>()
  for (const e of evidence) for (const [key] of e.lines) owners.set(key, (owners.get(key) ?? 0) + 1)
  return evidence.map((e) => e.lines.filter(([key]) => (owners.get(key) ?? 0) > 1).map(([, line]) => line))
}
