import { fileURLToPath } from 'node:url'
import { sampleBook } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import { describe, expect, it } from 'vitest'
import { printChapter, writeArticleZine, writePrintHtml } from '../src/index.ts'
import { expectGolden } from './helpers/golden.ts'
import { all, byClass, byId, byTag, hasClass, parse, styleOf, textOf } from './helpers/hast.ts'

const SHY = '\u00AD'
const plain = (e: Parameters<typeof textOf>[0]) => textOf(e).replaceAll(SHY, '')
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))

/** The golden copy leaves out the inlined font data, which is the font package's, not ours. */
const withoutFonts = (html: string) => html.replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…')

describe('writePrintHtml', () => {
  const html = writePrintHtml(sampleBook())
  const tree = parse(html)

  it('matches the golden file for the sample book', () => {
    expectGolden(fixture('sample-book/expected.html'), withoutFonts(html))
  })

  it('is a function of the Book: same Book, same bytes', () => {
    expect(writePrintHtml(sampleBook())).toBe(html)
  })

  it('opens with a title page, the imprint and contents linking to every chapter and back section', () => {
    const title = byClass(tree, 'title-page')[0]!
    expect(textOf(title)).toContain('Sample Anthology')
    expect(textOf(title)).toContain('Every feature, once')
    expect(textOf(title)).toContain('Edited by A. N. Editor')
    expect(textOf(byClass(tree, 'imprint')[0]!)).toContain('Licence: CC BY-NC 4.0.')
    const links = byClass(tree, 'toc-page').map((a) => String(a.properties.href))
    expect(links).toEqual(['#one', '#two', '#sz-works-cited', '#sz-contributors', '#sz-colophon'])
    for (const href of links) expect(byId(tree, href.slice(1)), href).toBeDefined()
  })

  it('opens each chapter with title, author and publication line, and a running title', () => {
    const chapter = byId(tree, 'one')!
    expect(hasClass(chapter, 'chapter')).toBe(true)
    const h1 = byTag(chapter, 'h1')[0]!
    expect(textOf(h1)).toBe('The First Essay')
    expect(h1.properties.dataRunning).toBe('The First Essay')
    expect(textOf(byClass(chapter, 'chapter-author')[0]!)).toBe('Alex Writer')
    expect(textOf(byClass(chapter, 'chapter-pub')[0]!)).toBe(
      'International Socialism, No. 103, November 1977',
    )
  })

  it('sets each note as an inline span at its call, with no block inside it', () => {
    const notes = byClass(tree, 'footnote')
    expect(notes).toHaveLength(4)
    for (const note of notes) {
      const blocks = all(note, (e) =>
        ['p', 'div', 'blockquote', 'ul', 'ol', 'li'].includes(e.tagName),
      )
      expect(blocks).toEqual([])
      expect(note.tagName).toBe('span')
    }
    const two = notes.find((n) => textOf(n).includes('Ibid., p. 156'))!
    expect(byClass(two, 'note-p')).toHaveLength(2)
    expect(textOf(byClass(two, 'note-label')[0]!)).toBe('2')
    const calls = byClass(tree, 'note-call').map(textOf)
    expect(calls).toEqual(['1', '2', '1*', '1'])
  })

  it('links call and note both ways, and sends a second call back to the page of the first', () => {
    const label = byId(tree, 'one-1-note')!
    expect(label.properties.href).toBe('#one-1-ref')
    const call = byId(tree, 'one-1-ref')!
    expect(byTag(call, 'a')[0]!.properties.href).toBe('#one-1-note')
    const repeat = byClass(tree, 'note-repeat')[0]!
    expect(textOf(repeat)).toBe(`1 See note 1.`)
    expect(byClass(repeat, 'page-ref')[0]!.properties.href).toBe('#one-1-ref')
  })

  it('keeps hostile text as text and makes no request', () => {
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; “quotes”')
    expect(byTag(tree, 'script')).toEqual([])
    expect(all(tree, (e) => e.properties.src !== undefined)).toEqual([])
    expect(byTag(tree, 'link')).toEqual([])
    const css = styleOf(tree)
    expect(css).not.toMatch(/@import/)
    expect(css.match(/url\((?!data:)/g)).toBeNull()
  })

  it('carries the paged-media rules both engines read', () => {
    const css = styleOf(tree)
    for (const rule of [
      'size: A5',
      '@page :left',
      '@page :right',
      '@page :blank',
      '@footnote',
      'float: footnote',
      'string-set: running attr(data-running)',
      'string(running, first-except)',
      'target-counter(attr(href url), page)',
      'counter(page)',
      'break-before: right',
      'orphans: 2',
      'widows: 2',
      'hyphens: manual',
      '@media screen',
    ]) {
      expect(css, rule).toContain(rule)
    }
  })

  it('inserts soft hyphens in running text, never in titles or addresses', () => {
    const body = textOf(byClass(tree, 'chapter-body')[0]!)
    expect(body).toContain(`Hos${SHY}tile`)
    for (const h of byTag(tree, 'h1').concat(byTag(tree, 'h2')))
      expect(textOf(h)).not.toContain(SHY)
    const urls = byClass(tree, 'url').map(textOf)
    expect(urls).toEqual(['https://example.org/one.html'])
  })

  it('ends with works cited, contributors and a colophon with sources, credits and the build', () => {
    expect(byTag(byId(tree, 'sz-works-cited')!, 'i').map(plain)).toEqual([
      'Révolution en Allemagne 1917–1923',
    ])
    const people = plain(byId(tree, 'sz-contributors')!)
    expect(people).toContain('Alex Writer is the author of several books.')
    const colophon = textOf(byId(tree, 'sz-colophon')!)
    expect(colophon).toContain('Transcribed & marked up by A. Transcriber.')
    expect(colophon).toContain('Built on 15 January 2026 with samizdat 0.1.0')
  })

  it('takes the page size from the options, then the manifest, and refuses unknown ones', () => {
    const book = sampleBook()
    expect(styleOf(parse(writePrintHtml(book, { pageSize: 'a4' })))).toContain('size: A4')
    book.meta.pageSize = 'half-letter'
    expect(styleOf(parse(writePrintHtml(book)))).toContain('size: 5.5in 8.5in')
    expect(styleOf(parse(writePrintHtml(book, { pageSize: 'letter' })))).toContain('size: letter')
    expect(() => writePrintHtml(book, { pageSize: 'b5' as 'a4' })).toThrow(
      /Unexpected page size `b5`/,
    )
    expect(() => writePrintHtml(book, { paper: 'a4' } as never)).toThrow(
      /Unexpected print option `paper`/,
    )
  })
})

describe('hostile metadata', () => {
  const book: Book = sampleBook()
  book.meta.title = 'Evil </style><script>alert(1)</script> "Book"'
  book.meta.editorsNote =
    'A note with *emphasis* and <img src="https://example.org/x.png" onerror="alert(1)">.'
  book.bibliography = [
    {
      id: 'x',
      text: 'x',
      html: '<i>Title</i><script>alert(1)</script><a href="https://example.org">y</a>',
    },
  ]
  const html = writePrintHtml(book)
  const tree = parse(html)

  it('cannot close the style element from a running head', () => {
    expect(byTag(tree, 'style')).toHaveLength(1)
    expect(byTag(tree, 'script')).toEqual([])
    expect(styleOf(tree)).toContain(
      'content: "Evil \\3c /style>\\3c script>alert(1)\\3c /script> \\22 Book\\22 "',
    )
  })

  it('renders the editor’s note from Markdown without raw HTML', () => {
    const note = byId(tree, 'sz-editors-note')!
    expect(byTag(note, 'em').map(plain)).toEqual(['emphasis'])
    expect(byTag(note, 'img')).toEqual([])
  })

  it('keeps only inline markup from the formatted bibliography', () => {
    const works = byId(tree, 'sz-works-cited')!
    expect(byTag(works, 'i').map(textOf)).toEqual(['Title'])
    expect(all(works, (e) => e.tagName === 'script' || e.tagName === 'a')).toEqual([])
  })
})

describe('notes without a call', () => {
  it('are printed after the article, so nothing is lost', () => {
    const book = sampleBook()
    const article = book.articles[1]!
    article.tree.children.push({
      type: 'footnoteDefinition',
      identifier: 'two-9',
      label: '9',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'A note nothing calls.' }] },
      ],
    })
    const tree = parse(writePrintHtml(book))
    const loose = byClass(byId(tree, 'two')!, 'uncalled-note')
    expect(loose.map(plain)).toEqual(['9 A note nothing calls.'])
  })
})

describe('writeArticleZine', () => {
  const book = sampleBook()
  const tree = parse(writeArticleZine(book, 'one'))

  it('has a cover, the one article and a colophon naming only its source', () => {
    const cover = byClass(tree, 'zine-cover')[0]!
    expect(textOf(cover)).toContain('The First Essay')
    expect(textOf(cover)).toContain('Alex Writer')
    expect(textOf(cover)).toContain('International Socialism, No. 103, November 1977')
    expect(byClass(tree, 'chapter').map((c) => c.properties.id)).toEqual(['one'])
    const back = byClass(tree, 'zine-back')[0]!
    expect(textOf(back)).toContain('https://example.org/one.html')
    expect(textOf(back)).not.toContain('A Second Essay')
    expect(textOf(byTag(tree, 'title')[0]!)).toBe('The First Essay')
  })

  it('names the author in the left running head', () => {
    expect(styleOf(tree)).toContain('content: "Alex Writer"')
  })

  it('refuses an article the book does not have', () => {
    expect(() => writeArticleZine(book, 'nope')).toThrow(
      /Unexpected article id `nope`, expected one of one, two/,
    )
  })
})

describe('chapters made ahead', () => {
  it('give the same HTML as chapters the writer renders', () => {
    const book = sampleBook()
    const chapters = new Map(book.articles.map((a) => [a.id, printChapter(a, book.meta.language)]))
    expect(writePrintHtml(book, { chapters })).toBe(writePrintHtml(book))
  })
})
