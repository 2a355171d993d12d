import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SamizdatError, loadProject } from 'samizdat'

function project(manifest: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'samizdat-project-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  writeFileSync(join(dir, 'anthology.yaml'), manifest)
  return join(dir, 'anthology.yaml')
}

const head = 'title: T\nlanguage: en\ndate: 2026-01-01\n'

async function failure(path: string): Promise<string> {
  try {
    await loadProject(path)
  } catch (error) {
    expect(error).toBeInstanceOf(SamizdatError)
    const message = (error as Error).message
    expect(message.includes('\n')).toBe(false)
    return message
  }
  throw new Error('expected loadProject to fail')
}

describe('loadProject', () => {
  it('reads the manifest, its sources and errata', async () => {
    const path = project(`${head}articles:\n  - source: a.txt\n`, { 'a.txt': 'Hello.', 'errata/a.yaml': '[]' })
    const p = await loadProject(path)
    expect(p.sources).toHaveLength(1)
    expect(p.sources[0]!.format).toBe('txt')
    expect(p.sources[0]!.errata?.path).toBe(join('errata', 'a.yaml'))
  })

  it('takes every source in the sources folder, in file-name order, when no articles are listed', async () => {
    const path = project(`${head}sources: sources\n`, { 'sources/b.txt': 'B', 'sources/a.txt': 'A', 'sources/notes.pdf': '' })
    const p = await loadProject(path)
    expect(p.sources.map((s) => s.path)).toEqual(['sources/a.txt', 'sources/b.txt'])
  })

  it('reports sources present but not listed', async () => {
    const path = project(`${head}articles:\n  - source: a.txt\n`, { 'a.txt': 'A', 'b.txt': 'B' })
    expect((await loadProject(path)).unlisted).toEqual(['b.txt'])
  })

  it('refuses a source outside the project', async () => {
    const path = project(`${head}articles:\n  - source: ../../etc/passwd\n`)
    expect(await failure(path)).toMatch(/anthology\.yaml: source `\.\.\/\.\.\/etc\/passwd` is outside the project folder/)
  })

  it('refuses an absolute source path', async () => {
    const path = project(`${head}articles:\n  - source: /etc/passwd\n`)
    expect(await failure(path)).toMatch(/is an absolute path/)
  })

  it('refuses a symbolic link that leads out of the project', async () => {
    const path = project(`${head}articles:\n  - source: link.txt\n`)
    symlinkSync('/etc/hostname', join(path, '..', 'link.txt'))
    expect(await failure(path)).toMatch(/link that leads outside the project/)
  })

  it('names a missing source', async () => {
    const path = project(`${head}articles:\n  - source: gone.txt\n`)
    expect(await failure(path)).toMatch(/gone\.txt: no such file or directory$/)
  })

  it('names a directory given as a source', async () => {
    const path = project(`${head}articles:\n  - source: dir.txt\n`, { 'dir.txt/x': '' })
    expect(await failure(path)).toMatch(/dir\.txt: is a directory, expected a file$/)
  })

  it('refuses duplicate ids', async () => {
    const path = project(`${head}articles:\n  - source: a.txt\n    id: x\n  - source: b.txt\n    id: x\n`, { 'a.txt': 'A', 'b.txt': 'B' })
    expect(await failure(path)).toMatch(/articles\[1\]\.id `x` is used twice/)
  })

  it('names the manifest line of a bad field', async () => {
    const path = project(`${head}articles:\n  - source: a.txt\n    colour: red\n`, { 'a.txt': 'A' })
    expect(await failure(path)).toMatch(/anthology\.yaml:6:5: Unknown field `colour`$/)
  })

  it('names a missing manifest', async () => {
    expect(await failure('/nonexistent/anthology.yaml')).toBe('/nonexistent/anthology.yaml: no such file or directory')
  })
})
