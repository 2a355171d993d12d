/**
 * Speed of the proof stage (errata, fixes, the report, typography) per core,
 * dictionaries already loaded, and a byte-exact record of what it produces.
 *
 *   npx tsx scripts/bench-proof.ts [--bodies 30] [--rounds 3] [--no-check] [--proof DIR]
 *                                  [--dump FILE] [--profile FILE [--profile-pass first|cold|warm]]
 *
 * Texts: the five seed sources (with their errata) and the first `--bodies`
 * English article bodies of the article-extraction benchmark
 * (../shared/eval/external/scrapinghub-aeb-dev), each read with `readText`
 * only; `corpusWords` counts all of them, as an anthology build would.
 * `--proof DIR` measures another copy of the package (an older one) instead.
 *
 * Figures, single-threaded, input bytes over the time of the proof preset
 * alone (dictionaries loaded), the median of `--rounds` and the best round,
 * by the clock and per CPU second (MB/s per core, steadier when the machine
 * is shared):
 * - cold start: the time `loadSpellers()` takes, and then the first pass's
 *   first text (what a build's first article waits for);
 * - first pass: the process's first, with a fresh `SpellCache`: the JIT
 *   cold, the dictionaries' indexes built as they are first needed;
 * - cold cache: a fresh `SpellCache` each round, JIT warm, the indexes built
 *   (a run's words, every one new);
 * - warm cache: the same cache again (every word form seen before).
 *
 * `--dump FILE` writes, for every text and for the seeds without errata and
 * the bodies with errors injected (the evaluation's generator), the messages
 * with positions, `file.data.changes`, the resulting tree and the corpus
 * counts looked up, as JSON: compare two dumps byte for byte to prove a
 * change kept every result. `--profile FILE` writes the self time by
 * function over the timed runs (`--profile-pass`: only those of one kind).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { parseArgs } from 'node:util'
import { readText } from '@samizdat/read'
import type { Root } from '../packages/proof/node_modules/@types/mdast/index.js'
import { unified } from '../packages/proof/node_modules/unified/index.js'
import type { ErrataEntry, Spellers } from '../packages/proof/src/index.ts'
import { dumpedMessage } from './lib/bench-inputs.ts'
import { inject, parseMisspellings, random } from './lib/proof-inject.ts'

const { values } = parseArgs({
  options: {
    bodies: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    'no-check': { type: 'boolean', default: false },
    dump: { type: 'string' },
    profile: { type: 'string' },
    'profile-pass': { type: 'string', default: 'all' },
    proof: { type: 'string' },
  },
})
const proof: typeof import('../packages/proof/src/index.ts') = await import(
  values.proof
    ? new URL(`file://${values.proof}/src/index.ts`).href
    : '../packages/proof/src/index.ts'
)
const { countWords, loadSpellers, parseErrata, proofPreset } = proof
const SpellCache = (proof as { SpellCache?: new () => NonNullable<Spellers['cache']> }).SpellCache
const check = !values['no-check']
const rounds = Number(values.rounds)

const repo = new URL('../', import.meta.url)
const shared = new URL('../../shared/eval/external/', import.meta.url)

interface Input {
  name: string
  bytes: Uint8Array
  errata?: { entries: ErrataEntry[]; path: string }
}

function seedInputs(): Input[] {
  const dir = new URL('sources/', repo)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = new URL(`errata/${name.replace(/\.txt$/, '.yaml')}`, dir)
      const bytes = readFileSync(new URL(name, dir))
      if (!existsSync(path)) return { name, bytes }
      const entries = parseErrata(readFileSync(path, 'utf8'), path.pathname)
      return { name, bytes, errata: { entries, path: path.pathname } }
    })
}

/** The first `n` English bodies by id (most words known to a dictionary), as plain text files. */
function bodyInputs(n: number, spellers: Spellers): Input[] {
  const truth = JSON.parse(
    readFileSync(new URL('scrapinghub-aeb-dev/ground-truth.json', shared), 'utf8'),
  ) as Record<string, { articleBody: string }>
  const english = (text: string) => {
    const words = text.match(/\p{L}+/gu) ?? []
    if (words.length < 150) return false
    const known = words.filter((w) => spellers['en-US'].correct(w) || spellers['en-GB'].correct(w))
    return known.length / words.length > 0.85
  }
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([, v]) => english(v.articleBody))
    .slice(0, n)
    .map(([id, v]) => ({
      name: `aeb-${id.slice(0, 12)}.txt`,
      // One paragraph per run of lines, as a pasted page would have.
      bytes: Buffer.from(v.articleBody.replace(/\r\n?/g, '\n').replace(/\n+/g, '\n\n')),
    }))
}

/**
 * More texts for the dump, where a difference would show: the seeds without
 * their errata, and the bodies with about 6 errors per 1,000 words injected
 * (the evaluation's generator and seed).
 */
function variantsForDump(inputs: Input[]): Input[] {
  const misspellings = parseMisspellings(
    readFileSync(new URL('wikipedia-misspellings/wikipedia-for-machines.dat', shared), 'utf8'),
  )
  const rand = random(20240601)
  return inputs.map((input) => {
    const text = Buffer.from(input.bytes).toString('utf8')
    if (input.errata) return { name: `raw-${input.name}`, bytes: input.bytes }
    return {
      name: `injected-${input.name}`,
      bytes: Buffer.from(inject(text, misspellings, rand, 6).text),
    }
  })
}

/** A corpus map that records every count looked up (what the anthology cache depends on). */
class Tracked extends Map<string, number> {
  readonly lookups = new Map<string, number>()
  override get(word: string): number | undefined {
    const count = super.get(word)
    this.lookups.set(word, count ?? 0)
    return count
  }
}

const self = new Map<string, number>()
let total = 0
const session = await profiler()
const read = (inputs: Input[]) => inputs.map((input) => readText(input.bytes, input.name))

function presetFor(input: Input, spellers: Spellers, corpusWords: Map<string, number>) {
  return proofPreset({
    spellers,
    corpusWords,
    check,
    ...(input.errata ? { errata: input.errata.entries, errataPath: input.errata.path } : {}),
  })
}

interface Time {
  wall: number
  cpu: number
}

/** Run the preset over every text; returns the seconds spent in it, by the clock and of CPU. */
async function pass(
  inputs: Input[],
  spellers: Spellers,
  corpusWords: Map<string, number>,
  docs = read(inputs),
  kind = 'first',
): Promise<Time> {
  const profiling = session && ['all', kind].includes(values['profile-pass'])
  const time = { wall: 0, cpu: 0 }
  for (const [i, input] of inputs.entries()) {
    const { tree, file } = docs[i]!
    const processor = unified().use(presetFor(input, spellers, corpusWords))
    if (profiling) await session.post('Profiler.start')
    const t = performance.now()
    const c = process.cpuUsage()
    await processor.run(tree, file)
    const used = process.cpuUsage(c)
    if (profiling) addProfile((await session.post('Profiler.stop')).profile)
    time.wall += (performance.now() - t) / 1000
    time.cpu += cpuSeconds(used)
    if (i === 0) firstText ??= { ...time }
  }
  return time
}

function cpuSeconds(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1e6
}

/** The process's first text through the preset: with `loadSpellers()`, the cold start of a build. */
let firstText: Time | undefined

const loading = { t: performance.now(), c: process.cpuUsage() }
const spellers = await loadSpellers()
const loaded = {
  wall: (performance.now() - loading.t) / 1000,
  cpu: cpuSeconds(process.cpuUsage(loading.c)),
}
/** The dictionaries stay loaded; a fresh cache is what a new run starts with (none before there was one). */
const fresh = (): Spellers => (SpellCache ? { ...spellers, cache: new SpellCache() } : spellers)
const inputs = [...seedInputs(), ...bodyInputs(Number(values.bodies), spellers)]
const megabytes = inputs.reduce((n, i) => n + i.bytes.byteLength, 0) / 1e6
const corpusWords = countWords(read(inputs).map((d) => d.tree as Root))
console.log(
  `${inputs.length} texts, ${(megabytes * 1000).toFixed(0)} KB; check ${check ? 'on' : 'off'}`,
)

if (values.dump) {
  const all = [...inputs, ...variantsForDump(inputs)]
  const tracked = new Tracked(countWords(read(all).map((d) => d.tree as Root)))
  const docs = read(all)
  await pass(all, fresh(), tracked, docs)
  const out = docs.map(({ tree, file }, i) => ({
    name: all[i]!.name,
    messages: file.messages.map((m) => dumpedMessage(m)),
    changes: file.data.changes,
    tree,
  }))
  const lookups = [...tracked.lookups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const json = `${JSON.stringify({ texts: out, lookups }, null, 1)}\n`
  writeFileSync(values.dump, json)
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16)
  console.log(`dump: ${values.dump} (${json.length} bytes, sha256 ${digest})`)
  process.exit(0)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
/**
 * A line of figures: the median round and the best, by the clock and per
 * CPU second (MB/s per core; the best round is the one least disturbed when
 * the machine is shared).
 */
function report(label: string, times: Time[]) {
  const wall = median(times.map((t) => t.wall))
  const cpu = median(times.map((t) => t.cpu))
  const best = Math.min(...times.map((t) => t.cpu))
  const rate = (s: number) => `${(megabytes / s).toFixed(2)} MB/s`
  console.log(
    `${label.padEnd(11)} clock ${wall.toFixed(3)} s ${rate(wall)} | CPU ${cpu.toFixed(3)} s ${rate(cpu)} per core, best ${rate(best)}`,
  )
}

const first = await pass(inputs, fresh(), corpusWords)
const cold: Time[] = []
const warm: Time[] = []
for (let r = 0; r < rounds; r++) {
  const run = fresh()
  cold.push(await pass(inputs, run, corpusWords, undefined, 'cold'))
  warm.push(await pass(inputs, run, corpusWords, undefined, 'warm'))
}
const ms = (t: Time) => `${(t.wall * 1000).toFixed(0)} ms (CPU ${(t.cpu * 1000).toFixed(0)} ms)`
console.log(
  `cold start  loadSpellers ${ms(loaded)}, then the first text (${inputs[0]!.name}) ${ms(firstText!)}`,
)
report('first pass', [first])
report('cold cache', cold)
report('warm cache', warm)
if (values.profile) {
  writeFileSync(values.profile, summary())
  console.log(`profile of the timed runs: ${values.profile}`)
}

/** The profiler, when asked for: on only while the preset runs. */
async function profiler(): Promise<Session | undefined> {
  if (!values.profile) return undefined
  const s = new Session()
  s.connect()
  await s.post('Profiler.enable')
  return s
}

/** Add a CPU profile's self time by function (name and file) to the running sums. */
function addProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[]
  samples?: number[] | undefined
  timeDeltas?: number[] | undefined
}): void {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  ;(profile.samples ?? []).forEach((id, i) => {
    const f = frames.get(id)!
    // The first sample counts from before the profiler started; the session's own frames are no work of ours.
    if (i === 0 || f.url === 'node:inspector' || f.functionName === 'dispatch') return
    // tsx runs transformed code: line numbers would not match the sources.
    const where = f.url.replace(/^.*\/(packages|node_modules)\//, '$1/')
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim()
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000
    total += ms
    self.set(key, (self.get(key) ?? 0) + ms)
  })
}

function summary(): string {
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(
      ([k, ms]) =>
        `${ms.toFixed(0).padStart(7)} ms ${((ms * 100) / total).toFixed(1).padStart(5)}%  ${k}`,
    )
    .join('\n')
    .concat(`\n${total.toFixed(0).padStart(7)} ms total\n`)
}
