/**
 * `npx tsx scripts/print-seeds.ts [--engines chromium,weasyprint] [--out output/print]`:
 * builds the seed anthology, renders it with each engine (reading PDF,
 * booklet, one zine per article), and checks the PDFs with poppler: page
 * size, contents numbers against the real chapter openings, running heads,
 * each note on the page of its call, booklet sides = ceil(pages/4)×2.
 * Prints one line per file with page counts and times, then the checks.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  buildPrint,
  describePrintFile,
  type Engine,
  pageFormat,
} from '../packages/print/src/index.ts'
import { runningTitle } from '../packages/print/src/lib/chapter.ts'
import { buildAnthology, loadProject } from '../packages/samizdat/src/index.ts'

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'chromium,weasyprint' },
    out: { type: 'string', default: 'output/print' },
  },
})
const repo = resolve(import.meta.dirname, '..')
const project = await loadProject(join(repo, 'sources/anthology.yaml'))
const { book } = await buildAnthology(project, { formats: [] })
const format = pageFormat(book.meta.pageSize)

const texts = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\f')
    .slice(0, -1)
    .map((p) =>
      p
        .replace(/\u00AD/g, '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
const flat = (lines: string[]) =>
  lines
    .join('\n')
    .replace(/[-‐]\n(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ')
/** The few mdast fields the note check reads. */
interface Nodes {
  type: string
  value?: string
  children?: Nodes[]
  identifier?: string
  label?: string | null
}

/** No-break spaces print as spaces in the PDF's text. */
const spaced = (text: string) => text.replace(/\u00A0/g, ' ')
const plain = (node: Nodes): string => node.value ?? (node.children ?? []).map(plain).join('')

for (const engine of values.engines.split(',') as Engine[]) {
  const start = performance.now()
  const { outputs, files } = await buildPrint(book, { engine, booklet: true, perArticle: true })
  const out = resolve(repo, values.out, engine)
  for (const [path, bytes] of outputs) {
    mkdirSync(dirname(join(out, path)), { recursive: true })
    writeFileSync(join(out, path), bytes)
  }
  console.log(
    `\n${engine}: ${((performance.now() - start) / 1000).toFixed(1)} s in all, written to ${out}`,
  )
  for (const file of files) console.log(`  ${describePrintFile(file, format.sheet)}`)

  const pdf = join(out, 'anthology.pdf')
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)
  const pages = texts(pdf)
  const opening = (title: string) =>
    pages.findIndex((p) => flat(p.slice(0, 3)).startsWith(title)) + 1
  const contents = new Map<string, number>()
  for (const line of pages.find((p) => p[0] === 'Contents') ?? []) {
    const m = /^(.*?)\s{2,}(\d+)$/.exec(line)
    if (m) contents.set(m[1]!, Number(m[2]))
  }
  let tocRight = 0
  let heads = 0
  let headPages = 0
  let notesHome = 0
  const notesAway: string[] = []
  book.articles.forEach((article, i) => {
    const title = spaced(article.meta.title ?? article.id)
    const first = opening(title)
    const listed = [...contents].find(([t]) => title.startsWith(t))?.[1]
    if (listed === first) tocRight++
    const next = book.articles[i + 1]
    const end = next
      ? opening(spaced(next.meta.title ?? next.id)) - 1
      : opening('Works cited') - 1 || pages.length
    for (let p = first + 1; p <= end; p++) {
      const head = pages[p - 1]?.[0]
      if (!head || /^\d+$/.test(head)) continue
      headPages++
      if (spaced(head) === (p % 2 === 0 ? book.meta.title : runningTitle(title))) heads++
    }
    // Each note's first call: the words before it, found from the last call's page on.
    const tree = article.tree as unknown as Nodes
    const defs = new Map<string, Nodes>()
    for (const n of tree.children ?? [])
      if (n.type === 'footnoteDefinition' && n.identifier) defs.set(n.identifier, n)
    const seen = new Set<string>()
    let from = first
    const walk = (node: Nodes, before: string[]) => {
      if (node.type === 'footnoteReference' && node.identifier && !seen.has(node.identifier)) {
        seen.add(node.identifier)
        const def = defs.get(node.identifier)
        if (!def) return
        const words = spaced(before.join(' ')).split(/\s+/).filter(Boolean)
        const noteStart = spaced(plain(def)).split(/\s+/).slice(0, 4).join(' ')
        // Four words before the call; fewer when they straddle a page break.
        let callPage = 0
        for (let n = 4; n > 0 && callPage === 0; n--) {
          const context = words.slice(-n).join(' ')
          callPage =
            pages.findIndex((p, k) => k + 1 >= from && k + 1 <= end && flat(p).includes(context)) +
            1
        }
        const notePage =
          pages.findIndex(
            (p, k) => k + 1 >= first && flat(p).includes(`${def.label} ${noteStart}`),
          ) + 1
        if (callPage > 0) from = callPage
        if (callPage > 0 && callPage === notePage) notesHome++
        else
          notesAway.push(
            `${article.id} note ${def.label} (call p. ${callPage || '?'}, note p. ${notePage || '?'})`,
          )
        return
      }
      if (node.type === 'footnoteDefinition') return
      if (node.value !== undefined) before.push(node.value)
      // The words before a call run on across blocks: a call may open its paragraph.
      for (const c of node.children ?? []) walk(c, before)
    }
    walk(tree, [])
  })
  const booklet = files.find((f) => f.path === 'anthology-booklet.pdf')?.booklet
  console.log(`  page size ${size?.[1]} × ${size?.[2]} pt; ${pages.length} pages`)
  console.log(`  contents numbers right for ${tocRight}/${book.articles.length} chapters`)
  console.log(`  running heads right on ${heads}/${headPages} text pages`)
  console.log(`  notes on the page of their call: ${notesHome}/${notesHome + notesAway.length}`)
  for (const away of notesAway) console.log(`    not found together: ${away}`)
  if (booklet) {
    const expected = Math.ceil(pages.length / 4) * 2
    console.log(`  booklet sides ${booklet.sides} (ceil(${pages.length}/4)×2 = ${expected})`)
  }
}
