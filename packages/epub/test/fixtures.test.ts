import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sampleBook } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import { describe, expect, it } from 'vitest'
import { writeEpub } from '../src/index.ts'
import { unzip } from './helpers.ts'
import { hostileBook } from './hostile.ts'

/**
 * Golden files: every entry of each case's EPUB, as text, in
 * `fixtures/<case>/expected/`. `UPDATE=1` rewrites them; under `CI` they are
 * never rewritten, so a change in output must be committed on purpose.
 */
const here = dirname(fileURLToPath(import.meta.url))
const cases: Record<string, () => Book> = { sample: sampleBook, hostile: hostileBook }
const update = process.env.UPDATE === '1' && !process.env.CI

describe('fixtures', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`writes the ${name} book as its expected files`, async () => {
      const epub = await unzip(await writeEpub(make()))
      const dir = join(here, 'fixtures', name, 'expected')
      if (update) {
        rmSync(dir, { recursive: true, force: true })
        for (const [entry, text] of epub.text) {
          mkdirSync(dirname(join(dir, entry)), { recursive: true })
          writeFileSync(join(dir, entry), text)
        }
        writeFileSync(join(dir, '..', 'entries.txt'), `${epub.names.join('\n')}\n`)
      }
      expect(existsSync(dir), `${dir} is missing: run with UPDATE=1`).toBe(true)
      expect(epub.names).toEqual(
        readFileSync(join(dir, '..', 'entries.txt'), 'utf8')
          .trim()
          .split('\n'),
      )
      for (const [entry, text] of epub.text)
        expect(text, entry).toBe(readFileSync(join(dir, entry), 'utf8'))
    })
  }
})
