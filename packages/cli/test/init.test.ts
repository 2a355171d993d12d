import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '@samizdat/core'
import { commands } from '@samizdat/cli'
import { cli } from './run.ts'

const seed = fileURLToPath(new URL('../../../sources/against-electoralism.txt', import.meta.url))

describe('samizdat init', () => {
  it('creates a commented manifest, sources/ and sources/errata/, and one raw text then builds a book', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samizdat-init-')), 'zine')
    const made = await cli('init', dir, '--title', 'Our Zine')
    expect(made.code).toBe(0)
    const manifest = readFileSync(join(dir, 'anthology.yaml'), 'utf8')
    expect(parseManifest(manifest, 'anthology.yaml').title).toBe('Our Zine')
    for (const field of ['subtitle', 'editor', 'language', 'date', 'rights', 'licence', 'pageSize', 'errata', 'sources', 'articles', 'keep', 'drop']) {
      expect(manifest, field).toMatch(new RegExp(`^#? ?\\s*-? ?${field}:`, 'm'))
    }
    expect(existsSync(join(dir, 'sources', 'errata'))).toBe(true)
    expect(readFileSync(join(dir, 'sources', 'README.md'), 'utf8')).toMatch(/raw texts/)

    copyFileSync(seed, join(dir, 'sources', 'essay.txt'))
    const built = await cli('build', '--config', join(dir, 'anthology.yaml'), '--out', join(dir, 'output'), '--quiet')
    expect(built.code, built.stderr).toBe(0)
    expect(readFileSync(join(dir, 'output', 'anthology.epub')).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(join(dir, 'output', 'anthology.md'), 'utf8')).toContain('Against Electoralism')
  })

  it('never overwrites an existing manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samizdat-init-'))
    expect((await cli('init', dir)).code).toBe(0)
    const again = await cli('init', dir)
    expect(again.code).toBe(3)
    expect(again.stderr).toMatch(/anthology\.yaml: already exists, not overwritten/)
  })
})

describe('help', () => {
  it('every command explains itself and lists its options', async () => {
    for (const command of commands) {
      const r = await cli(command.name, '--help')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`Usage: ${command.usage}`)
      for (const option of Object.keys(command.options)) expect(r.stdout, `${command.name} --${option}`).toContain(`--${option}`)
      expect(r.stdout).toMatch(/Exit codes:/)
    }
  })
})
