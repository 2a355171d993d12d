import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
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
