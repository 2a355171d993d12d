/**
 * The texts the stage benchmarks run on: the article-extraction benchmark's
 * pages (their full visible text, boilerplate included) and the five seeds,
 * each seed with the other four as its corpus, as a build gives them.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchInput {
  name: string
  bytes: Uint8Array
  corpus: string[][]
}

const root = join(import.meta.dirname, '..', '..')
export const benchmarkFolder = join(root, '../shared/eval/external/scrapinghub-aeb-dev')

type Pages = Record<string, { articleBody: string }>
const load = (name: string): Pages =>
  JSON.parse(readFileSync(join(benchmarkFolder, name), 'utf8')) as Pages

/** The benchmark's pages in id order; `keep` sees each page's ground-truth body. */
export function pageInputs(keep: (truth: string) => boolean = () => true): BenchInput[] {
  const pages = load('output-html-text.json')
  const truth = load('ground-truth.json')
  return Object.keys(pages)
    .sort()
    .filter((id) => keep(truth[id]?.articleBody ?? ''))
    .map((id) => ({
      name: `${id}.txt`,
      bytes: new TextEncoder().encode(pages[id]?.articleBody ?? ''),
      corpus: [],
    }))
}

/** The seeds, each with the others' block texts (`blockTexts` as the measured code makes them) as its corpus. */
export function seedInputs(
  blockTexts: (bytes: Uint8Array, name: string) => string[],
): BenchInput[] {
  const dir = join(root, 'sources')
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const bytes = names.map((n) => readFileSync(join(dir, n)))
  const blocks = bytes.map((b, i) => blockTexts(b, names[i]!))
  return names.map((name, i) => ({
    name,
    bytes: bytes[i]!,
    corpus: blocks.filter((_, j) => j !== i),
  }))
}

/** The fields of a vfile message a dump records. */
export interface DumpableMessage {
  place?: unknown
  ruleId?: string | undefined
  source?: string | undefined
  reason: string
  actual?: string | undefined
  expected?: string[] | undefined
  fatal?: boolean | null | undefined
}

/** A vfile message as a benchmark dump records it (`fatal` too when asked). */
export function dumpedMessage(m: DumpableMessage, withFatal = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    place: m.place,
    ruleId: m.ruleId,
    source: m.source,
    reason: m.reason,
    actual: m.actual,
    expected: m.expected,
  }
  if (withFatal) out.fatal = m.fatal
  return out
}

/** Writes a dump, prints its size and digest (compare two with `cmp`), and ends the process. */
export function writeDump(path: string, text: string, what: string): never {
  writeFileSync(path, text)
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16)
  console.log(`dump: ${path} (${what}, ${text.length} chars, sha256 ${digest})`)
  process.exit(0)
}
