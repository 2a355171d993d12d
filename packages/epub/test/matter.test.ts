import { sampleBook } from '@samizdat/book'
import { describe, expect, it } from 'vitest'
import { writeEpub } from '../src/index.ts'
import { attr, elements, textOf, typed, unzip } from './helpers.ts'

describe('editor’s note', () => {
  it('renders the manifest’s Markdown after the contents, and lists it', async () => {
    const book = sampleBook()
    book.meta.editorsNote =
      'Five *texts* from four decades.\n\nA [second](https://example.org/) paragraph.'
    const epub = await unzip(await writeEpub(book))
    const note = epub.xml.get('OEBPS/editors-note.xhtml')!
    expect(typed(note, 'preface')).toHaveLength(1)
    expect(elements(note, 'p').map(textOf)).toEqual([
      'Five texts from four decades.',
      'A second paragraph.',
    ])
    expect(elements(note, 'em').map(textOf)).toEqual(['texts'])
    const opf = epub.xml.get('OEBPS/content.opf')!
    expect(
      elements(opf, 'itemref')
        .map((r) => attr(r, 'idref'))
        .slice(2, 5),
    ).toEqual(['contents', 'editors-note', 'article-one'])
    const nav = typed(epub.xml.get('OEBPS/toc.xhtml')!, 'toc')[0]!
    expect(attr(elements(nav, 'a')[0]!, 'href')).toBe('editors-note.xhtml')
  })

  it('is absent when the manifest has none', async () => {
    const epub = await unzip(await writeEpub(sampleBook()))
    expect(epub.names).not.toContain('OEBPS/editors-note.xhtml')
  })
})

describe('colophon', () => {
  it('prints a date once when the issue line already carries it', async () => {
    const book = sampleBook()
    const source = book.colophon.sources[0]!
    source.issue = 'No. 103, November 1977, pp. 7–13'
    source.date = 'November 1977'
    const epub = await unzip(await writeEpub(book))
    const text = textOf(epub.xml.get('OEBPS/colophon.xhtml')!)
    expect(text).toContain('International Socialism, No. 103, November 1977, pp. 7–13. From')
    expect(text.split('November 1977')).toHaveLength(2)
  })

  it('keeps a source address that is not a web address as text', async () => {
    const book = sampleBook()
    book.colophon.sources[0]!.url = 'javascript:alert(1)'
    const epub = await unzip(await writeEpub(book))
    const colophon = epub.xml.get('OEBPS/colophon.xhtml')!
    expect(textOf(colophon)).toContain('From javascript:alert(1)')
    expect(elements(colophon, 'a')).toHaveLength(0)
  })
})

describe('contents page', () => {
  it('names each article’s author under its title', async () => {
    const epub = await unzip(await writeEpub(sampleBook()))
    const items = elements(epub.xml.get('OEBPS/contents.xhtml')!, 'li')
    expect(items.map((li) => elements(li, 'span').map(textOf))).toEqual([
      ['Alex Writer'],
      ['Sam Other'],
      [],
      [],
      [],
    ])
  })
})
