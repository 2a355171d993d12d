import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { TrackedCounts } from './counts.ts'
import type { JobInput, JobOutput } from './job.ts'

/** A digest of the code that processes articles: a new version invalidates every entry. */
let codeDigest: Promise<string> | undefined
async function digestOfCode(): Promise<string> {
  const packages = new URL('../../../', import.meta.url)
  const hash = createHash('sha256')
  const walk = async (dir: URL): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === 'node_modules' || e.name === 'test') continue
      const url = new URL(e.name + (e.isDirectory() ? '/' : ''), dir)
      if (e.isDirectory()) await walk(url)
      else if (/\.(ts|txt|json|csl|xml)$/.test(e.name)) hash.update(e.name).update(await readFile(url))
    }
  }
  await walk(packages)
  return hash.digest('hex')
}

/**
 * The on-disk cache of processed articles, keyed by the content hash of the
 * source, its errata, its manifest entry, the lines it shares with the other
 * sources and the code. An entry also records the word counts its
 * proofreading looked up, and is used only while those are unchanged.
 */
export class ArticleCache {
  constructor(readonly dir: string) {}

  async key(input: JobInput): Promise<string> {
    codeDigest ??= digestOfCode()
    const hash = createHash('sha256')
    hash.update(await codeDigest)
    hash.update(input.job.bytes)
    hash.update(JSON.stringify([input.job.path, input.job.format, input.job.entry, input.job.errata ?? null, input.sharedLines]))
    return hash.digest('hex')
  }

  async get(key: string, corpusWords: ReadonlyMap<string, number>): Promise<JobOutput | undefined> {
    let entry: JobOutput
    try {
      entry = deserialize(await readFile(join(this.dir, `${key}.bin`))) as JobOutput
    } catch {
      return undefined
    }
    return TrackedCounts.stillValid(entry.lookups, corpusWords) ? entry : undefined
  }

  async set(key: string, output: JobOutput): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    const target = join(this.dir, `${key}.bin`)
    const temp = `${target}.${process.pid}.tmp`
    await writeFile(temp, serialize(output))
    await rename(temp, target)
  }
}
