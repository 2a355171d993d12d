import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { blocksOf, cleanTree } from '../packages/clean/src/index.ts'
import type { Root } from '../packages/notes/node_modules/@types/mdast/index.js'
import { unified } from '../packages/notes/node_modules/unified/index.js'
import { VFile } from '../packages/notes/node_modules/vfile/index.js'
import { loadSpellers } from '../packages/proof/src/index.ts'
import { readText } from '../packages/read/src/index.ts'
import { dumpedMessage, pageInputs, seedInputs, writeDump } from './lib/bench-inputs.ts'
import { profiled } from './lib/profile.ts'

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
      messages: file.messages.slice(before).map((m) => dumpedMessage(m)),
      data: file.data,
      tree,
    })
  }
  const json = `${JSON.stringify(texts, null, 1)}\n`
  writeDump(values.dump, json, `${texts.length} texts`)
}

console.log(`${inputs.length} texts, ${(megabytes * 1000).toFixed(0)} KB, single-threaded`)
const first = await profiled(values.profile, !values.warm, pass)
const rounds = await profiled(values.profile, values.warm, async () => {
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
