import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { blocksOf, cleanTree } from '../packages/clean/src/index.ts'
import type { Root } from '../packages/notes/node_modules/@types/mdast/index.js'
import { unified } from '../packages/notes/node_modules/unified/index.js'
import { VFile } from '../packages/notes/node_modules/vfile/index.js'
import { loadSpellers } from '../packages/proof/src/index.ts'
import { readText } from '../packages/read/src/index.ts'
import { pageInputs, seedInputs, writeDump } from './lib/bench-inputs.ts'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    dump: { type: 'string' },
    profile: { type: 'string' },
    warm: { type: 'boolean', default: false },
    notes: { type: 'string' },
  },
})

const notes = (await import(
  values.notes
    ? pathToFileURL(join(values.notes, 'src/index.ts')).href
    : '../packages/notes/src/index.ts'
)) as typeof import('../packages/notes/src/index.ts')

// English pages only (over 90% of the ground truth's words in a dictionary): notes are found in English.
const spellers = await loadSpellers()
const english = (text: string) => {
  const words = text.match(/\p{L}+/gu) ?? []
  const known = words.filter((w) => spellers['en-US'].correct(w) || spellers['en-GB'].correct(w))
  return words.length > 0 && known.length / words.length > 0.9
}
const inputs = [
  ...seedInputs((b, name) => blocksOf(readText(b, name).tree).map((x) => x.text)),
  ...pageInputs(english),
]
const megabytes = inputs.reduce((n, i) => n + i.bytes.byteLength, 0) / 1e6

/** Each text read and cleaned once: what the notes stage receives in a build. */
const cleaned = inputs.map((input) => {
  const { file, tree } = readText(input.bytes, input.name)
  return { file, tree: cleanTree(tree, file, { corpus: input.corpus }) }
})

/** A fresh copy of a cleaned text (tree and file), for one run of the stage. */
function copy(i: number): { tree: Root; file: VFile } {
  const { file, tree } = cleaned[i]!
  const fresh = new VFile({ path: file.path, value: file.value })
  fresh.data = structuredClone(file.data)
  for (const m of file.messages) fresh.messages.push(m)
  return { tree: structuredClone(tree) as Root, file: fresh }
}

/** The seeds (notes and citations galore) and the pages (few notes), timed apart as well. */
const groups = [
  { label: 'seeds', from: 0, to: 5 },
  { label: 'pages', from: 5, to: inputs.length },
  { label: 'all', from: 0, to: inputs.length },
].map((g) => ({
  ...g,
  megabytes: inputs.slice(g.from, g.to).reduce((n, i) => n + i.bytes.byteLength, 0) / 1e6,
}))

/** One pass over every text; the CPU seconds spent in the notes preset, per text. */
async function pass(): Promise<number[]> {
  const docs = inputs.map((_, i) => copy(i))
  const seconds: number[] = []
  for (const { tree, file } of docs) {
    const processor = unified().use(notes.createNotesPreset())
    const t = process.cpuUsage()
    await processor.run(tree, file)
    const { user, system } = process.cpuUsage(t)
    seconds.push((user + system) / 1e6)
  }
  return seconds
}

if (values.dump) {
  const texts = []
  for (const [i, input] of inputs.entries()) {
    const { tree, file } = copy(i)
    const before = file.messages.length
    await unified().use(notes.createNotesPreset()).run(tree, file)
    texts.push({
      name: input.name,
      messages: file.messages.slice(before).map((m) => ({
        place: m.place,
        ruleId: m.ruleId,
        source: m.source,
        reason: m.reason,
        actual: m.actual,
        expected: m.expected,
      })),
      data: file.data,
      tree,
    })
  }
  const json = `${JSON.stringify(texts, null, 1)}\n`
  writeDump(values.dump, json, `${texts.length} texts`)
}

const session = values.profile ? new Session() : undefined
/** Run `work` under the profiler when asked for, writing its summary. */
async function profiled<T>(when: boolean, work: () => Promise<T>): Promise<T> {
  if (!session || !values.profile || !when) return work()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  const result = await work()
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(values.profile, summarise(profile as Parameters<typeof summarise>[0]))
  console.log(`profile: ${values.profile}`)
  return result
}

console.log(`${inputs.length} texts, ${(megabytes * 1000).toFixed(0)} KB, single-threaded`)
const first = await profiled(!values.warm, pass)
const rounds = await profiled(values.warm, async () => {
  const out: number[][] = []
  for (let r = 0; r < Number(values.rounds); r++) out.push(await pass())
  return out
})
for (const g of groups) {
  const sum = (times: number[]) => times.slice(g.from, g.to).reduce((a, b) => a + b, 0)
  const rate = (seconds: number) => `${(g.megabytes / seconds).toFixed(2)} MB/s`
  const warm = rounds.map(sum).sort((a, b) => a - b)
  const median = warm[Math.floor(warm.length / 2)] ?? sum(first)
  console.log(
    `${g.label.padEnd(5)} ${(g.megabytes * 1000).toFixed(0).padStart(5)} KB  first pass ${rate(sum(first))} | warm ${rate(median)}, best ${rate(warm[0] ?? sum(first))} per core (CPU, median of ${warm.length})`,
  )
}

/** Self time by function (name and file), the heaviest first, from a CPU profile. */
function summarise(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[]
  samples?: number[]
  timeDeltas?: number[]
}): string {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const self = new Map<string, number>()
  let all = 0
  ;(profile.samples ?? []).forEach((id, i) => {
    const f = frames.get(id)!
    // The inspector's own frames and the copies made between runs are no work of the stage.
    if (f.url === 'node:inspector' || f.functionName === 'dispatch') return
    const key =
      `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(packages|node_modules)\//, '$1/')}`.trim()
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000
    all += ms
    self.set(key, (self.get(key) ?? 0) + ms)
  })
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(
      ([k, ms]) =>
        `${ms.toFixed(0).padStart(7)} ms ${((ms * 100) / all).toFixed(1).padStart(5)}%  ${k}`,
    )
    .concat(`${all.toFixed(0).padStart(7)} ms total`)
    .join('\n')
    .concat('\n')
}
