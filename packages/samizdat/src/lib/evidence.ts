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
  /** Keys of the source's distinct lines, one per line of this string. */
  keys: string
  /** The same lines as printed, in the same order. */
  lines: string
  /** The words of the source's raw text, one per line, and their counts in the same order. */
  words: string
  counts: Uint32Array
}

/** Reads and measures one source. The readers, clean and proof are loaded only when a source needs it. */
async function measure(job: ArticleJob): Promise<SourceEvidence> {
  const [{ readSource }, { sameTextKey }, { countWords }] = await Promise.all([
    import('./source.ts'),
    import('@samizdat/clean'),
    import('@samizdat/proof'),
  ])
  const { file, tree } = await readSource(job.bytes, job.path, job.format)
  const lines = new Map<string, string>()
  for (const line of file.data.rawLines ?? []) {
    const key = sameTextKey(line)
    // A key or line holding a line break cannot be stored one per line; such a line is its own evidence only.
    if (key && !lines.has(key) && !/[\n\r]/.test(key + line)) lines.set(key, line.trim())
  }
  const words = [...countWords([tree])].filter(([word]) => !/[\n\r]/.test(word))
  return {
    keys: [...lines.keys()].join('\n'),
    lines: [...lines.values()].join('\n'),
    words: words.map(([word]) => word).join('\n'),
    counts: Uint32Array.from(words, ([, count]) => count),
  }
}

/**
 * Evidence for each source, from the cache folder when the source's bytes and
 * the code are unchanged (an edit to one source of a thousand reads one).
 */
async function evidenceOf(jobs: readonly ArticleJob[], cacheDir?: string): Promise<SourceEvidence[]> {
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

const split = (text: string): string[] => (text === '' ? [] : text.split('\n'))

/**
 * What the anthology's sources tell each other: the word counts summed over
 * all sources, and for each source its lines that another source also prints.
 * Only these leave: the evidence itself (a few hundred kilobytes a source) is
 * let go as soon as they are made.
 */
export async function corpusOf(
  jobs: readonly ArticleJob[],
  cacheDir?: string,
): Promise<{ corpusWords: Map<string, number>; sharedLines: string[][] }> {
  const evidence = await evidenceOf(jobs, cacheDir)
  const corpusWords = new Map<string, number>()
  const owners = new Map<string, number>()
  for (const e of evidence) {
    const words = split(e.words)
    for (const [i, word] of words.entries()) corpusWords.set(word, (corpusWords.get(word) ?? 0) + e.counts[i]!)
    for (const key of split(e.keys)) owners.set(key, (owners.get(key) ?? 0) + 1)
  }
  const sharedLines = evidence.map((e) => {
    const lines = split(e.lines)
    return split(e.keys).flatMap((key, i) => ((owners.get(key) ?? 0) > 1 ? [lines[i]!] : []))
  })
  return { corpusWords, sharedLines }
}
