import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { articleIds, bookArticle } from '../packages/book/src/index.ts'
import type { BookArticle } from '../packages/core/src/index.ts'
import type * as current from '../packages/report/src/index.ts'
import {
  type ArticleJob,
  allRules,
  loadProject,
  processArticles,
} from '../packages/samizdat/src/index.ts'
import { writeDump } from './lib/bench-inputs.ts'
import { profiled } from './lib/profile.ts'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    pages: { type: 'boolean', default: false },
    dump: { type: 'string' },
    profile: { type: 'string' },
    warm: { type: 'boolean', default: false },
    impl: { type: 'string' },
  },
})

const { reportSection } = (await import(
  values.impl ? pathToFileURL(values.impl).href : '../packages/report/src/index.ts'
)) as typeof current

type VFile = NonNullable<Parameters<typeof current.reportSection>[1]>

interface Input {
  article: BookArticle
  file: VFile
  bytes: number
}

const root = join(import.meta.dirname, '..')

/**
 * One anthology's articles, processed as a build processes them (each source
 * evidence for the others, spellers loaded, the worker pool when there are
 * many) and given their book ids.
 */
async function anthology(jobs: ArticleJob[]): Promise<Input[]> {
  const ids = articleIds(jobs)
  const out: Input[] = []
  for (const [i, processed] of (await processArticles(jobs)).entries()) {
    const job = jobs[i]!
    if (processed.failed) continue
    const article = bookArticle(
      {
        entry: job.entry,
        file: processed.file,
        tree: processed.tree,
        path: job.path,
        format: job.format,
      },
      ids[i]!,
    )
    out.push({ article, file: processed.file, bytes: job.bytes.byteLength })
  }
  return out
}

function pageJobs(): ArticleJob[] {
  const dir = join(root, '../shared/eval/external/scrapinghub-aeb-dev/html')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((name) => ({
      bytes: readFileSync(join(dir, name)),
      path: name,
      format: 'html' as const,
      entry: { source: name },
    }))
}

const project = await loadProject(join(root, 'sources/anthology.yaml'))
const inputs = [
  ...(await anthology(project.sources)),
  ...(values.pages ? await anthology(pageJobs()) : []),
]
const megabytes = inputs.reduce((n, i) => n + i.bytes, 0) / 1e6

if (values.dump) {
  const sections = inputs.map((input) => {
    const s = reportSection(input.article, input.file, { rules: allRules })
    return `${input.article.id}\n${s.html}\n${JSON.stringify(s.source, null, 2)}\n`
  })
  const text = sections.join('\n')
  writeDump(values.dump, text, `${sections.length} sections`)
}

/** One pass over every article; the process's CPU seconds, so other work on the machine does not count. */
function pass(): number {
  const t = process.cpuUsage()
  for (const input of inputs) {
    const { html } = reportSection(input.article, input.file, { rules: allRules })
    // Reading a character makes V8 lay a string built piece by piece out flat, as the build's UTF-8 encoding does.
    html.charCodeAt(0)
  }
  const { user, system } = process.cpuUsage(t)
  return (user + system) / 1e6
}

const rate = (seconds: number) => `${(megabytes / seconds).toFixed(2)} MB/s`
console.log(
  `${inputs.length} articles, ${(megabytes * 1000).toFixed(0)} KB of sources, single-threaded`,
)
const first = await profiled(values.profile, !values.warm, pass)
console.log(`first pass     ${first.toFixed(3)} s  ${rate(first)}`)
const times = (
  await profiled(values.profile, values.warm, () =>
    Array.from({ length: Number(values.rounds) }, pass),
  )
).sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)] ?? first
console.log(`later rounds   ${median.toFixed(3)} s  ${rate(median)}  (median of ${times.length})`)
