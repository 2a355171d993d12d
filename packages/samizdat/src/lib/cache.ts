import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type PackedLookups, TrackedCounts } from './counts.ts'
import { codeDigest } from './digest.ts'
import { partsIn, partsLength } from './parts.ts'
import type { ArticleOutcome, JobInput } from './job.ts'

/** What the assembly reads: the article's outcome, and the word counts its proofreading looked up. */
export interface LeanPart {
  outcome: ArticleOutcome
  lookups: PackedLookups
}

/** The part of an entry read only when a caller wants trees: the final tree and every record. */
export interface FullPart {
  data: VFile['data']
  tree: Root
}

/**
 * The on-disk cache of processed and rendered articles, keyed by the content
 * hash of the source, its errata, its manifest entry, its id and language,
 * the lines it shares with the other sources and the code. An entry also
 * records the word counts its proofreading looked up, and is used only while
 * those are unchanged. Each entry is three files: what the book's assembly
 * reads (`.bin`), the rendered parts it places in the books (`.parts`, read
 * one at a time as each book is written) and the tree with every record
 * (`.full.bin`), so a build that only writes books never loads a tree.
 */
export class ArticleCache {
  constructor(readonly dir: string) {}

  static async key(input: Omit<JobInput, 'cache' | 'full'>): Promise<string> {
    const hash = createHash('sha256')
    hash.update(await codeDigest())
    hash.update(input.job.bytes)
    hash.update(
      JSON.stringify([input.job.path, input.job.format, input.job.entry, input.job.errata ?? null, input.sharedLines, input.render ?? null]),
    )
    return hash.digest('hex')
  }

  async get(key: string, corpusWords: ReadonlyMap<string, number>, full: boolean): Promise<ArticleOutcome | undefined> {
    let outcome: ArticleOutcome
    try {
      const entry = deserialize(await readFile(join(this.dir, `${key}.bin`))) as LeanPart
      if (!TrackedCounts.stillValid(entry.lookups, corpusWords)) return undefined
      outcome = entry.outcome
      if (outcome.rendered) {
        const rendered = partsIn(outcome.rendered, this.dir)
        // A parts file removed or cut short (a full disk, an editor's clean-up) is a miss, not a broken book later.
        if ((await stat(this.partsFile(key))).size !== partsLength(rendered)) return undefined
        outcome = { ...outcome, rendered }
      }
      if (full) {
        const part = deserialize(await readFile(join(this.dir, `${key}.full.bin`))) as FullPart
        outcome = { ...outcome, file: { ...outcome.file, data: part.data }, tree: part.tree }
      }
    } catch {
      return undefined
    }
    return outcome
  }

  /** Where an entry's rendered parts are kept. */
  partsFile(key: string): string {
    return join(this.dir, `${key}.parts`)
  }

  async set(key: string, lean: LeanPart, full: FullPart, parts?: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    // The parts and the full part first: a lean entry is never found without them.
    if (parts) await this.#write(this.partsFile(key), parts)
    await this.#write(join(this.dir, `${key}.full.bin`), serialize(full))
    await this.#write(join(this.dir, `${key}.bin`), serialize(lean))
  }

  async #write(target: string, bytes: Uint8Array): Promise<void> {
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temp, bytes)
    await rename(temp, target)
  }
}
