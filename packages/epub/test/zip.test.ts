import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleBook } from '@samizdat/book'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { epubChapter, writeEpub, writeEpubStream } from '../src/index.ts'
import { crc32, packEntry, zipEntries } from '../src/lib/zip.ts'

describe('zip container', () => {
  const date = new Date('2024-05-06T07:08:10Z')
  const entries = [
    packEntry('mimetype', 'application/epub+zip', 'store'),
    packEntry('OEBPS/a.xhtml', '<p>one</p>'.repeat(200)),
    packEntry('OEBPS/ü.txt', 'ünïcode name'),
    packEntry('OEBPS/empty.txt', ''),
  ]
  let bytes: Uint8Array
  beforeAll(async () => {
    bytes = await zipEntries(entries, date)
  })

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })

  it('is read back by another zip implementation: names in order, contents, methods and date', async () => {
    const zip = await JSZip.loadAsync(bytes)
    expect(Object.keys(zip.files)).toEqual(['mimetype', 'OEBPS/a.xhtml', 'OEBPS/ü.txt', 'OEBPS/empty.txt'])
    expect(await zip.file('OEBPS/a.xhtml')!.async('string')).toBe('<p>one</p>'.repeat(200))
    expect(await zip.file('OEBPS/ü.txt')!.async('string')).toBe('ünïcode name')
    expect(await zip.file('OEBPS/empty.txt')!.async('string')).toBe('')
    // `mimetype` stored, at offset 30 its bytes in the clear, as OCF requires.
    expect(new TextDecoder().decode(bytes.subarray(38, 58))).toBe('application/epub+zip')
    const stamp = zip.file('mimetype')!.date
    expect([stamp.getUTCFullYear(), stamp.getUTCMonth(), stamp.getUTCDate(), stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds()]).toEqual([2024, 4, 6, 7, 8, 10])
  })

  it('passes `unzip -t` when the tool is there', () => {
    let unzipPath: string
    try {
      unzipPath = execFileSync('sh', ['-c', 'command -v unzip'], { encoding: 'utf8' }).trim()
    } catch {
      return
    }
    const dir = mkdtempSync(join(tmpdir(), 'samizdat-zip-'))
    writeFileSync(join(dir, 'x.zip'), bytes)
    expect(execFileSync(unzipPath, ['-t', join(dir, 'x.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/)
  })

  it('clamps dates before 1980, which zip cannot hold', async () => {
    const zip = await JSZip.loadAsync(await zipEntries(entries.slice(0, 1), new Date('1970-01-01T00:00:00Z')))
    expect(zip.file('mimetype')!.date.getUTCFullYear()).toBe(1980)
  })
})

describe('chapters rendered ahead', () => {
  it('give the same EPUB bytes as chapters rendered by the writer', async () => {
    const book = sampleBook()
    const chapters = new Map(book.articles.map((a) => [a.id, epubChapter(a, book.meta.language)]))
    expect(Buffer.from(await writeEpub(book, { chapters })).equals(Buffer.from(await writeEpub(book)))).toBe(true)
  })
})

describe('the EPUB as a stream', () => {
  it('is the same bytes, with chapters whose bytes are read only when reached', async () => {
    const book = sampleBook()
    const loaded: string[] = []
    const chapters = new Map(
      book.articles.map((a) => {
        const { entry, ...chapter } = epubChapter(a, book.meta.language)
        const { bytes, ...head } = entry as { bytes: Uint8Array } & typeof entry
        const deferred = { ...head, stored: bytes.length, load: async () => (loaded.push(a.id), bytes) }
        return [a.id, { ...chapter, entry: deferred }]
      }),
    )
    const chunks: Uint8Array[] = []
    for await (const chunk of writeEpubStream(book, { chapters })) chunks.push(chunk)
    expect(loaded).toEqual(book.articles.map((a) => a.id))
    expect(Buffer.concat(chunks).equals(Buffer.from(await writeEpub(book)))).toBe(true)
  })
})
