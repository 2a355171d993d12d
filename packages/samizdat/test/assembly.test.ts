import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { buildAnthology, loadProject } from 'samizdat'

const manifest = fileURLToPath(new URL('fixtures/mixed-formats/anthology.yaml', import.meta.url))
const same = (a: Map<string, Uint8Array>, b: Map<string, Uint8Array>) => {
  expect([...a.keys()]).toEqual([...b.keys()])
  for (const [name, bytes] of a) expect(Buffer.from(bytes).equals(Buffer.from(b.get(name)!)), name).toBe(true)
}

describe('a book assembled from articles rendered ahead', () => {
  it('is the same book with or without the trees kept', async () => {
    const project = await loadProject(manifest)
    const full = await buildAnthology(project)
    const lean = await buildAnthology(project, { trees: false })
    same(full.outputs, lean.outputs)
    expect(full.book.articles.every((a) => a.tree.children.length > 0)).toBe(true)
    expect(lean.book.articles.every((a) => a.tree.children.length === 0)).toBe(true)
    expect(lean.files.map((f) => f.messages.length)).toEqual(full.files.map((f) => f.messages.length))
  })

  it('comes from the cache unchanged, with or without trees, processing nothing', async () => {
    const project = await loadProject(manifest)
    const cacheDir = mkdtempSync(join(tmpdir(), 'samizdat-cache-'))
    const first = await buildAnthology(project, { cacheDir, trees: false })
    const entries = readdirSync(cacheDir)
    expect(entries.filter((e) => e.endsWith('.full.bin'))).toHaveLength(3)
    expect(entries.filter((e) => /^[0-9a-f]{64}\.bin$/.test(e))).toHaveLength(3)
    expect(existsSync(join(cacheDir, 'evidence'))).toBe(true)
    expect(existsSync(join(cacheDir, 'works-cited'))).toBe(true)

    const processed: string[] = []
    const again = await buildAnthology(project, { cacheDir, trees: false, onArticle: (_d, _t, path) => processed.push(path) })
    expect(processed).toEqual([])
    same(first.outputs, again.outputs)

    const withTrees = await buildAnthology(project, { cacheDir, onArticle: (_d, _t, path) => processed.push(path) })
    expect(processed).toEqual([])
    same(first.outputs, withTrees.outputs)
    expect(withTrees.book.articles.every((a) => a.tree.children.length > 0)).toBe(true)
  })
})

describe('a book large enough for the worker pool', () => {
  it('is the same book as one built in this thread, and a rebuild after one edit redoes that article alone (its new words are in no other)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samizdat-pool-'))
    mkdirSync(join(dir, 'sources'))
    const articles = Array.from({ length: 13 }, (_, i) => {
      const name = `essay-${String(i).padStart(2, '0')}.txt`
      const body = `Essay number ${i} on councils\n\nBy Writer ${i}\n\nThe council of district ${i} met on Tuesday and voted to send delegates to the congress.[1] Its committee reported on the strike.\n\nNotes\n\n[1] A. Author, The Councils, London 1971, p. ${i + 1}.\n`
      writeFileSync(join(dir, 'sources', name), body)
      return { source: `sources/${name}` }
    })
    writeFileSync(join(dir, 'anthology.yaml'), stringify({ title: 'Pool', language: 'en-GB', date: '2026-01-15', articles }))
    const project = await loadProject(join(dir, 'anthology.yaml'))
    const cacheDir = join(dir, 'cache')
    const pooled = await buildAnthology(project, { workers: 2, trees: false, cacheDir })
    const alone = await buildAnthology(project, { workers: 1, trees: false })
    same(pooled.outputs, alone.outputs)

    const edited = readFileSync(join(dir, 'sources', 'essay-05.txt'), 'utf8').replace('\n\nNotes', '\n\nXylophones hummed quietly beside sleepy quokkas all through the long and humid night.\n\nNotes')
    writeFileSync(join(dir, 'sources', 'essay-05.txt'), edited)
    const processed: string[] = []
    const again = await buildAnthology(await loadProject(join(dir, 'anthology.yaml')), {
      workers: 2,
      trees: false,
      cacheDir,
      onArticle: (_d, _t, path) => processed.push(path),
    })
    expect(processed).toEqual(['sources/essay-05.txt'])
    expect(new TextDecoder().decode(again.outputs.get('anthology.md'))).toContain('Xylophones hummed quietly beside sleepy quokkas')
  }, 120_000)
})

describe('a damaged cache', () => {
  it('is read as a miss: a parts file cut short or removed is made again, and the book is the same', async () => {
    const project = await loadProject(manifest)
    const cacheDir = mkdtempSync(join(tmpdir(), 'samizdat-cache-'))
    const first = await buildAnthology(project, { cacheDir, trees: false })
    const parts = readdirSync(cacheDir).filter((e) => e.endsWith('.parts'))
    expect(parts).toHaveLength(3)
    truncateSync(join(cacheDir, parts[0]!), 10)
    rmSync(join(cacheDir, parts[1]!))
    const processed: string[] = []
    const again = await buildAnthology(project, { cacheDir, trees: false, onArticle: (_d, _t, path) => processed.push(path) })
    expect(processed).toHaveLength(2)
    same(first.outputs, again.outputs)
  })
})
