import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './run.ts'

const dir = () => mkdtempSync(join(tmpdir(), 'samizdat-bad-'))
const essay = (title = 'A Title For Testing') =>
  `${title}\n\nBy Jane Writer\n\n${'The workers of the city met in the square and talked about the strike for a long time, and then they voted. '.repeat(4)}\n\n${'Their committee sent delegates to every factory in the district, and the delegates came back with news of more strikes. '.repeat(3)}\n`

/** One line on stderr, naming the file, and no stack trace. */
function expectOneLineError(stderr: string, name: string) {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  expect(lines[0]).toContain(name)
  expect(stderr).not.toMatch(/\n\s+at /)
}

async function cleanBytes(bytes: Uint8Array | string, name = 'page.txt') {
  const d = dir()
  writeFileSync(join(d, name), bytes)
  return cli('clean', join(d, name))
}

describe('bad input', () => {
  it('an empty file: a one-line error naming it, exit 1', async () => {
    const r = await cleanBytes('')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/page\.txt[\s\S]*empty source/)
  })

  it('a blank file: the same', async () => {
    const r = await cleanBytes('  \n\n\t\n   \n')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/empty source/)
  })

  it('an image named .txt: refused as binary, no stack trace', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)])
    const r = await cleanBytes(png, 'photo.txt')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/photo\.txt[\s\S]*Unexpected a PNG image, expected text/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('Windows-1252 text: curly quotes from bytes 0x91–0x94 come out right', async () => {
    const text = `${essay()}\nShe said \x93all power to the councils\x94 and it\x92s true.\n`
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)))
    const r = await cleanBytes(bytes)
    expect(r.stdout).toContain('“all power to the councils”')
    expect(r.stdout).toContain('it’s true')
    expect(r.stderr).toMatch(/decoded as windows-1252/)
  })

  it('Latin-1 text: accented letters decoded', async () => {
    const text = `${essay()}\nThe R\xe9volution en Allemagne was written by Brou\xe9.\n`
    const r = await cleanBytes(Uint8Array.from([...text].map((c) => c.charCodeAt(0))))
    expect(r.stdout).toContain('Révolution en Allemagne was written by Broué')
  })

  it('UTF-16 with BOM, UTF-8 with BOM: the same article as plain UTF-8', async () => {
    const plain = (await cleanBytes(essay())).stdout
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(essay(), 'utf16le')])
    expect((await cleanBytes(utf16)).stdout).toBe(plain)
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(essay(), 'utf8')])
    expect((await cleanBytes(bom)).stdout).toBe(plain)
  })

  it('CRLF and old-Mac line endings: the same output as LF', async () => {
    const lf = (await cleanBytes(essay())).stdout
    expect((await cleanBytes(essay().replace(/\n/g, '\r\n'))).stdout).toBe(lf)
    expect((await cleanBytes(essay().replace(/\n/g, '\r'))).stdout).toBe(lf)
  })

  it('NUL bytes inside text: removed, with a message', async () => {
    const r = await cleanBytes(essay().replace('strike for', 'strike\0 for'))
    expect(r.stdout).toContain('strike for a long time')
    expect(r.stderr).toMatch(/control character/)
  })

  it('a line of 1 MB: read, cleaned and written', async () => {
    const long = 'The assembly debated the question of power at great length. '.repeat(17_000)
    const r = await cleanBytes(`${essay()}\n${long}\n`)
    expect(r.code).toBe(0)
    expect(r.stdout.length).toBeGreaterThan(1_000_000)
  })

  it('a very large file (tens of MB): a one-line error naming it and its size, nothing half-written', async () => {
    const d = dir()
    const big = Buffer.alloc(24 * 1024 * 1024, 'The assembly met again and again. ')
    writeFileSync(join(d, 'dump.txt'), big)
    const r = await cli('clean', join(d, 'dump.txt'), '--out', join(d, 'out'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/dump\.txt[\s\S]*Unexpected source of 24\.0 MB, expected an article under 16\.0 MB/)
    expect(() => readFileSync(join(d, 'out', 'dump.md'))).toThrow()
  })

  it('a directory given as a file', async () => {
    const d = dir()
    mkdirSync(join(d, 'folder.txt'))
    const r = await cli('clean', join(d, 'folder.txt'))
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, 'folder.txt: is a directory, expected a file')
  })

  it('a missing path', async () => {
    const r = await cli('clean', '/nonexistent/essay.txt')
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, '/nonexistent/essay.txt: no such file or directory')
  })

  it('an unknown extension', async () => {
    const d = dir()
    writeFileSync(join(d, 'essay.docx'), 'x')
    const r = await cli('clean', join(d, 'essay.docx'))
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, 'essay.docx: unknown extension')
  })
})

describe('bad projects', () => {
  function project(manifest: string, files: Record<string, string> = {}) {
    const d = dir()
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(d, name, '..'), { recursive: true })
      writeFileSync(join(d, name), text)
    }
    writeFileSync(join(d, 'anthology.yaml'), manifest)
    return d
  }
  const head = 'title: T\nlanguage: en\ndate: 2026-01-01\n'

  it('a manifest with an unknown field: its file, line and field', async () => {
    const d = project(`${head}colour: red\narticles:\n  - source: a.txt\n`, { 'a.txt': essay() })
    const r = await cli('build', '--config', join(d, 'anthology.yaml'), '--out', join(d, 'out'))
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, 'anthology.yaml:4:1: Unknown field `colour`')
  })

  it('a manifest with a wrong type', async () => {
    const d = project(`title: [1, 2]\nlanguage: en\ndate: 2026-01-01\n`)
    const r = await cli('build', '--config', join(d, 'anthology.yaml'))
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, 'anthology.yaml:1:8: Bad value for `title`')
  })

  it('a source outside the project', async () => {
    const d = project(`${head}articles:\n  - source: ../../etc/passwd\n`)
    const r = await cli('build', '--config', join(d, 'anthology.yaml'))
    expect(r.code).toBe(3)
    expectOneLineError(r.stderr, 'is outside the project folder')
  })

  it('an errata entry that no longer matches: the build fails at the entry line, nothing written', async () => {
    const d = project(`${head}articles:\n  - source: a.txt\n`, {
      'a.txt': essay(),
      'errata/a.yaml': '- find: "the strikke"\n  replace: "the strike"\n  reason: typo\n',
    })
    const r = await cli('build', '--config', join(d, 'anthology.yaml'), '--out', join(d, 'out'))
    expect(r.code).toBe(1)
    expectOneLineError(r.stderr, 'a.yaml:1:')
    expect(() => readFileSync(join(d, 'out', 'anthology.epub'))).toThrow()
  })

  it('an output folder that cannot be written: one line, and the previous outputs stay', async () => {
    const d = project(`${head}articles:\n  - source: a.txt\n`, { 'a.txt': essay() })
    writeFileSync(join(d, 'blocker'), 'a file where a folder should be')
    const r = await cli('build', '--config', join(d, 'anthology.yaml'), '--out', join(d, 'blocker', 'out'), '--no-cache')
    expect(r.code, r.stderr).toBe(3)
    expectOneLineError(r.stderr, 'blocker')
  })

  it('one bad source among good ones: the book is made without it, exit 1', async () => {
    const d = project(`${head}articles:\n  - source: a.txt\n  - source: b.txt\n`, { 'a.txt': essay(), 'b.txt': '' })
    const r = await cli('build', '--config', join(d, 'anthology.yaml'), '--out', join(d, 'out'), '--no-cache', '--quiet')
    expect(r.code, r.stderr).toBe(1)
    expect(r.stderr).toMatch(/b\.txt[\s\S]*empty source/)
    expect(readFileSync(join(d, 'out', 'anthology.md'), 'utf8')).toContain('A Title For Testing')
  })
})

describe('usage', () => {
  it('an unknown command: one line and a hint, exit 2', async () => {
    const r = await cli('bulid')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^samizdat: unknown command `bulid`\nhint: did you mean `samizdat build`/)
  })

  it('an unknown option: one line and a hint, exit 2', async () => {
    const r = await cli('build', '--colour')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^samizdat build: Unknown option '--colour'\nhint: samizdat build --help\n$/)
  })

  it('--help lists every command', async () => {
    const r = await cli('--help')
    expect(r.code).toBe(0)
    for (const c of ['build', 'clean', 'proof', 'pdf', 'init']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'))
  })
})
