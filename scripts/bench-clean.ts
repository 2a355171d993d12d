import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { toMarkdown } from '../packages/clean/node_modules/mdast-util-to-markdown/index.js'
import type * as current from '../packages/clean/src/index.ts'
import { readText } from '../packages/read/src/index.ts'
import {
  type BenchInput,
  dumpedMessage,
  pageInputs,
  seedInputs,
  writeDump,
} from './lib/bench-inputs.ts'
import { profiled } from './lib/profile.ts'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    dump: { type: 'string' },
    profile: { type: 'string' },
    warm: { type: 'boolean', default: false },
    impl: { type: 'string' },
    seeds: { type: 'boolean', default: false },
  },
})

// Loaded here, with the clock on: a build starts by loading the package (chrono's
// locales, the stop-word lists), and that is part of a cold run.
const loadStarted = process.cpuUsage()
const { blocksOf, cleanTree } = (await import(
  values.impl ? pathToFileURL(values.impl).href : '../packages/clean/src/index.ts'
)) as typeof current
const loadUsage = process.cpuUsage(loadStarted)
const loadSeconds = (loadUsage.user + loadUsage.system) / 1e6

const inputs = [
  ...pageInputs(),
  ...seedInputs((b, name) => blocksOf(readText(b, name).tree).map((x) => x.text)),
]
const megabytes = inputs.reduce((n, i) => n + i.bytes.byteLength, 0) / 1e6

function run(input: BenchInput) {
  const { file, tree } = readText(input.bytes, input.name)
  return { file, tree: cleanTree(tree, file, { corpus: input.corpus }) }
}

if (values.dump) {
  const texts = inputs.map((input) => {
    const { file, tree } = run(input)
    return {
      name: input.name,
      markdown: toMarkdown(tree),
      meta: file.data.meta,
      removals: file.data.removals,
      findings: file.data.findings,
      messages: file.messages.map((m) => dumpedMessage(m, true)),
      tree,
    }
  })
  const json = `${JSON.stringify(texts, null, 1)}\n`
  writeDump(values.dump, json, `${texts.length} texts`)
}

/**
 * One pass over every text; the seconds of CPU time spent (the process's, so
 * that other work on a shared machine does not count).
 */
function pass(): number {
  const t = process.cpuUsage()
  for (const input of inputs) run(input)
  const { user, system } = process.cpuUsage(t)
  return (user + system) / 1e6
}

const rate = (seconds: number) => `${(megabytes / seconds).toFixed(2)} MB/s`
console.log(`${inputs.length} texts, ${(megabytes * 1000).toFixed(0)} KB, single-threaded`)
console.log(`load package   ${loadSeconds.toFixed(3)} s`)
if (values.seeds) {
  // A build of the five seeds from a fresh process: loading, then each cleaned once.
  const started = process.cpuUsage()
  for (const input of inputs.filter((i) => i.corpus.length > 0)) run(input)
  const { user, system } = process.cpuUsage(started)
  const seeds = (user + system) / 1e6
  console.log(
    `seeds, cold    ${seeds.toFixed(3)} s  (with loading ${(loadSeconds + seeds).toFixed(3)} s)`,
  )
  process.exit(0)
}
const first = await profiled(values.profile, !values.warm, pass)
console.log(`first pass     ${first.toFixed(3)} s  ${rate(first)}`)
const times = (
  await profiled(values.profile, values.warm, () =>
    Array.from({ length: Number(values.rounds) }, pass),
  )
).sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)] ?? first
console.log(`later rounds   ${median.toFixed(3)} s  ${rate(median)}  (median of ${times.length})`)
