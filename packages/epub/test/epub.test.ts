import { createHash } from 'node:crypto'
import { sampleBook } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import type { FootnoteReference } from 'mdast'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeEpub } from '../src/index.ts'
import { attr, elements, textOf, typed, type Unzipped, unzip } from './helpers.ts'
import { hostileBook } from './hostile.ts'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const opfPath = 'OEBPS/content.opf'

let book: Book
let bytes: Uint8Array
let epub: Unzipped

beforeAll(async () => {
  book = sampleBook()
  bytes = await writeEpub(book)
  epub = await unzip(bytes)
})

const xml = (name: string) => {
  const tree = epub.xml.get(name)
  if (!tree) throw new Error(`no ${name} in the EPUB`)
  return tree
}
const opf = () => xml(opfPath)
const metas = (property: string) =>
  elements(opf(), 'meta')
    .filter((m) => attr(m, 'property') === property)
    .map(textOf)
const chapters = () => epub.names.filter((n) => /^OEBPS\/.*\.xhtml$/.test(n))

describe('package', () => {
  it('opens with an uncompressed mimetype entry', async () => {
    expect(epub.names[0]).toBe('mimetype')
    expect(epub.text.get('mimetype')).toBe('application/epub+zip')
    // Local header: compression method 0 (stored) and no extra field.
    const view = new DataView(bytes.buffer, bytes.byteOffset)
    expect(view.getUint16(8, true)).toBe(0)
    expect(view.getUint16(28, true)).toBe(0)
  })

  it('declares every file it holds, and holds every file it declares', () => {
    const items = elements(opf(), 'item').map((i) => `OEBPS/${attr(i, 'href')}`)
    const held = epub.names.filter((n) => n.startsWith('OEBPS/') && n !== opfPath)
    expect([...items].sort()).toEqual([...held].sort())
    expect(textOf(xml('META-INF/container.xml'))).toBe('')
    expect(attr(elements(xml('META-INF/container.xml'), 'rootfile')[0]!, 'full-path')).toBe(opfPath)
  })

  it('reads in order: cover, title page, contents, articles, back matter', () => {
    const byId = new Map(elements(opf(), 'item').map((i) => [attr(i, 'id'), attr(i, 'href')]))
    const spine = elements(opf(), 'itemref').map((r) => byId.get(attr(r, 'idref')))
    expect(spine).toEqual([
      'cover.xhtml',
      'titlepage.xhtml',
      'contents.xhtml',
      'article-one.xhtml',
      'article-two.xhtml',
      'works-cited.xhtml',
      'contributors.xhtml',
      'colophon.xhtml',
    ])
  })
})

describe('metadata', () => {
  it('carries the book’s identity, dates and people', () => {
    const dc = (name: string) => elements(opf(), name).map(textOf)
    expect(dc('dc:identifier')).toEqual([book.identifier])
    expect(dc('dc:title')).toEqual(['Sample Anthology', 'Every feature, once'])
    expect(dc('dc:language')).toEqual(['en-GB'])
    expect(dc('dc:date')).toEqual(['2026-01-15'])
    expect(metas('dcterms:modified')).toEqual(['2026-01-15T00:00:00Z'])
    expect(dc('dc:creator')).toEqual(['A. N. Editor'])
    expect(dc('dc:contributor')).toEqual(['Alex Writer', 'Sam Other'])
    expect(metas('role')).toEqual(['edt', 'aut', 'aut'])
    expect(dc('dc:description')[0]).toContain('The First Essay (Alex Writer)')
    expect(attr(elements(opf(), 'package')[0]!, 'xml:lang')).toBe('en-GB')
  })

  it('states its accessibility', () => {
    expect(metas('schema:accessMode')).toEqual(['textual'])
    expect(metas('schema:accessModeSufficient')).toEqual(['textual'])
    expect(metas('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining([
        'structuralNavigation',
        'tableOfContents',
        'readingOrder',
        'alternativeText',
      ]),
    )
    expect(metas('schema:accessibilityHazard')).toEqual(['none'])
    expect(metas('schema:accessibilitySummary')[0]).toMatch(/\w{10,}/)
  })

  it('reserves no rights the manifest does not reserve', async () => {
    for (const text of epub.text.values())
      expect(text).not.toMatch(/all rights reserved|copyright ©/i)
    expect(elements(opf(), 'dc:rights').map(textOf)).toEqual(['CC BY-NC 4.0'])
    const reserved = sampleBook()
    reserved.meta.rights = 'All rights reserved by the editors.'
    const other = await unzip(await writeEpub(reserved))
    expect(textOf(elements(other.xml.get(opfPath)!, 'dc:rights')[0]!)).toContain(
      'All rights reserved by the editors.',
    )
    expect(other.text.get('OEBPS/colophon.xhtml')).toContain('All rights reserved by the editors.')
  })
})

describe('navigation', () => {
  it('lists each article with its section headings nested', () => {
    const nav = xml('OEBPS/toc.xhtml')
    const toc = typed(nav, 'toc')[0]!
    const top = elements(toc, 'ol')[0]!.children.filter((c) => c.type === 'element')
    const labels = top.map((li) => textOf(elements(li, 'a')[0]!))
    expect(labels).toEqual([
      'The First Essay',
      'A Second Essay',
      'Works cited',
      'Contributors',
      'Colophon',
    ])
    const nested = elements(top[0]!, 'ol')[0]!
    expect(elements(nested, 'a').map((a) => attr(a, 'href'))).toEqual([
      'article-one.xhtml#one--a-section-heading',
      'article-one.xhtml#one--further-reading',
    ])
  })

  it('has landmarks for cover, title page, contents, start and works cited', () => {
    const landmarks = typed(xml('OEBPS/toc.xhtml'), 'landmarks')[0]!
    const links = elements(landmarks, 'a').map((a) => [attr(a, 'epub:type'), attr(a, 'href')])
    expect(links).toEqual([
      ['cover', 'cover.xhtml'],
      ['titlepage', 'titlepage.xhtml'],
      ['toc', 'contents.xhtml'],
      ['bodymatter', 'article-one.xhtml'],
      ['bibliography', 'works-cited.xhtml'],
    ])
  })

  it('has an NCX that mirrors the contents, in play order', () => {
    const ncx = xml('OEBPS/toc.ncx')
    const uid = elements(ncx, 'meta').find((m) => attr(m, 'name') === 'dtb:uid')
    expect(attr(uid!, 'content')).toBe(book.identifier)
    const points = elements(ncx, 'navPoint')
    const navLinks = elements(typed(xml('OEBPS/toc.xhtml'), 'toc')[0]!, 'a')
    expect(points.map((p) => attr(elements(p, 'content')[0]!, 'src'))).toEqual(
      navLinks.map((a) => attr(a, 'href')),
    )
    expect(points.map((p) => attr(p, 'playOrder'))).toEqual(points.map((_, i) => String(i + 1)))
    expect(elements(points[0]!, 'navPoint')).toHaveLength(3)
  })

  it('resolves every internal link to a file and an id that exist', () => {
    const ids = new Map<string, Set<string>>()
    for (const name of chapters()) {
      ids.set(
        name.slice(6),
        new Set(
          elements(xml(name))
            .map((el) => attr(el, 'id'))
            .filter((id) => id !== undefined),
        ),
      )
    }
    let checked = 0
    for (const name of chapters()) {
      for (const a of elements(xml(name), 'a')) {
        const href = attr(a, 'href')
        if (!href || /^[a-z]+:/.test(href)) continue
        const [file, fragment] = href.split('#') as [string, string | undefined]
        const target = file || name.slice(6)
        expect(ids.has(target), `${name}: ${href}`).toBe(true)
        if (fragment) expect(ids.get(target)!.has(fragment), `${name}: ${href}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('gives every id once in the whole book', () => {
    const all = chapters().flatMap((n) =>
      elements(xml(n))
        .map((el) => attr(el, 'id'))
        .filter(Boolean),
    )
    expect(all.length).toBeGreaterThan(10)
    expect(new Set(all).size).toBe(all.length)
  })

  it('sets the language on every document', () => {
    for (const name of chapters()) {
      const html = elements(xml(name), 'html')[0]!
      expect([attr(html, 'lang'), attr(html, 'xml:lang')], name).toEqual(['en-GB', 'en-GB'])
    }
    expect(attr(elements(xml('OEBPS/toc.ncx'), 'ncx')[0]!, 'xml:lang')).toBe('en-GB')
  })
})

describe('notes', () => {
  const article = () => xml('OEBPS/article-one.xhtml')

  it('makes every call a noteref to its own footnote aside', () => {
    let calls = 0
    visit(book.articles[0]!.tree, 'footnoteReference', (_: FootnoteReference) => {
      calls++
    })
    const refs = typed(article(), 'noteref')
    const asides = typed(article(), 'footnote')
    expect(refs).toHaveLength(calls)
    expect(asides).toHaveLength(3)
    for (const aside of asides) {
      expect(aside.name).toBe('aside')
      expect(attr(aside, 'role')).toBe('doc-footnote')
    }
    const asideIds = new Set(asides.map((a) => attr(a, 'id')))
    for (const ref of refs) {
      expect(ref.name).toBe('a')
      expect(attr(ref, 'role')).toBe('doc-noteref')
      expect(asideIds.has(attr(ref, 'href')!.slice(1))).toBe(true)
    }
    expect(new Set(refs.map((r) => attr(r, 'href')))).toEqual(
      new Set([...asideIds].map((id) => `#${id}`)),
    )
  })

  it('puts the number first, as a back-link to the call', () => {
    for (const aside of typed(article(), 'footnote')) {
      const first = elements(aside, 'p')[0]!.children[0]!
      expect(first.type).toBe('element')
      if (first.type !== 'element') continue
      expect(attr(first, 'role')).toBe('doc-backlink')
      const ref = typed(article(), 'noteref').find(
        (r) => attr(r, 'id') === attr(first, 'href')!.slice(1),
      )
      expect(ref && textOf(ref)).toBe(textOf(first))
    }
  })

  it('links a note called twice back to both calls', () => {
    const aside = typed(article(), 'footnote').find((a) => attr(a, 'id') === 'one-1')!
    const back = elements(aside, 'a').filter((a) => attr(a, 'role') === 'doc-backlink')
    expect(back.map((a) => attr(a, 'href'))).toEqual(['#one-1-ref', '#one-1-ref-2'])
    expect(typed(article(), 'noteref').filter((r) => attr(r, 'href') === '#one-1')).toHaveLength(2)
  })

  it('keeps a multi-paragraph note whole, and the second series apart', () => {
    const byId = new Map(typed(article(), 'footnote').map((a) => [attr(a, 'id'), a]))
    expect(elements(byId.get('one-2')!, 'p')).toHaveLength(2)
    expect(textOf(byId.get('one-1-star')!)).toBe('1*. A note of the second series.')
  })
})

describe('front and back matter', () => {
  it('draws the cover from the metadata, as text', () => {
    const svg = xml('OEBPS/cover.svg')
    const words = elements(svg, 'text').map(textOf).join(' ')
    expect(words).toContain('Anthology')
    expect(words).toContain('Every feature, once')
    expect(words).toContain('Edited by A. N. Editor')
    const img = elements(xml('OEBPS/cover.xhtml'), 'img')[0]!
    expect(attr(img, 'alt')).toContain('Sample Anthology')
    const item = elements(opf(), 'item').find((i) => attr(i, 'href') === 'cover.svg')!
    expect(attr(item, 'properties')).toBe('cover-image')
  })

  it('opens each article with title, author and publication line', () => {
    const header = elements(xml('OEBPS/article-one.xhtml'), 'header')[0]!
    expect(elements(header).map((el) => [el.name, textOf(el)])).toEqual([
      ['header', 'The First EssayAlex WriterInternational Socialism, No. 103, November 1977'],
      ['h1', 'The First Essay'],
      ['p', 'Alex Writer'],
      ['p', 'International Socialism, No. 103, November 1977'],
    ])
  })

  it('lists the works cited, each linked back to its citing notes', () => {
    const list = typed(xml('OEBPS/works-cited.xhtml'), 'biblioentry')
    expect(list).toHaveLength(1)
    expect(elements(list[0]!, 'i').map(textOf)).toContain('Révolution en Allemagne 1917–1923')
    expect(elements(list[0]!, 'a').map((a) => attr(a, 'href'))).toEqual([
      'article-one.xhtml#one-1-ref',
      'article-one.xhtml#one-2-ref',
    ])
  })

  it('names the contributors with their notes and articles', () => {
    const text = textOf(xml('OEBPS/contributors.xhtml'))
    expect(text).toContain('Alex Writer is the author of several books.')
    expect(text).toContain('In this book: The First Essay.')
  })

  it('gives each source’s provenance and what made the book', () => {
    const colophon = textOf(xml('OEBPS/colophon.xhtml'))
    expect(colophon).toContain('https://example.org/one.html')
    expect(colophon).toContain('Transcribed & marked up by A. Transcriber')
    expect(colophon).toContain('CC BY-NC 4.0')
    expect(colophon).toContain('Made with samizdat 0.1.0 on 15 January 2026.')
  })

  it('has a stylesheet that leaves fonts, colours and sizes to the reader', () => {
    const css = epub.text.get('OEBPS/style.css')!
    expect(css).not.toMatch(/font-family|(^|[^-])color\s*:|background|!important/m)
    expect(css).not.toMatch(/\d(px|pt)\b/)
    expect(css).toMatch(/font-variant:\s*small-caps/)
  })
})

describe('hostile text', () => {
  it('stays text in the sample', () => {
    const chapter = epub.text.get('OEBPS/article-one.xhtml')!
    expect(chapter).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(elements(xml('OEBPS/article-one.xhtml'), 'script')).toHaveLength(0)
  })

  it('never becomes markup, a fetch or a broken document', async () => {
    const hostile = await unzip(await writeEpub(hostileBook()))
    expect(
      hostile.names.filter((n) => !/\.(xhtml|opf|ncx|xml|css|svg)$|^mimetype$/.test(n)),
    ).toEqual([])
    for (const [name, tree] of hostile.xml) {
      expect(elements(tree, 'script'), name).toHaveLength(0)
      expect(
        elements(tree, 'img').filter((i) => attr(i, 'src') !== 'cover.svg'),
        name,
      ).toHaveLength(0)
      expect(hostile.text.get(name), name).not.toContain('javascript:')
      expect(hostile.text.get(name), name).not.toContain('\u0001')
    }
    const chapter = hostile.xml.get('OEBPS/article-hostile.xhtml')!
    const text = textOf(chapter)
    expect(text).toContain(
      'Pasted markup: <img src="http://evil.example/a.png"> and ]]> and \uFFFD and &amp;.',
    )
    const links = elements(chapter, 'a').map((a) => [textOf(a), attr(a, 'href')])
    expect(links).toEqual(
      expect.arrayContaining([
        ['a lost picture', 'http://evil.example/b.png'],
        ['click', undefined],
        ['archive', 'https://example.org/archive/index.htm'],
        ['here', undefined],
      ]),
    )
    expect(elements(chapter, 'h1').map(textOf)).toEqual(['Tags <i>&</i> “quotes” ]]>'])
    expect(elements(chapter, 'h2').map(textOf)).toContain('A heading <b>set</b> at level one')
    // The note nobody calls cannot pop up, so it stays in the flow.
    expect(typed(chapter, 'footnote').map((a) => attr(a, 'id'))).toEqual(['hostile-n1'])
    expect(text).toContain('A note nothing calls.')
    const cited = hostile.xml.get('OEBPS/works-cited.xhtml')!
    expect(textOf(cited)).toContain('A Work')
    expect(textOf(cited)).not.toContain('alert')
  })
})

describe('reproducibility', () => {
  it('gives the same bytes for the same book, whatever the clock or time zone', async () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      const again = await writeEpub(sampleBook())
      expect(sha256(again)).toBe(sha256(bytes))
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('dates every zip entry with the build date', () => {
    for (const file of Object.values(epub.zip.files)) {
      expect(file.date.toISOString(), file.name).toBe('2026-01-15T00:00:00.000Z')
    }
  })

  it('leaves the Book as it found it, for the other writers', async () => {
    const fresh = sampleBook()
    const before = JSON.stringify(fresh)
    await writeEpub(fresh)
    expect(JSON.stringify(fresh)).toBe(before)
  })

  it('changes when the book changes', async () => {
    const changed = sampleBook()
    changed.colophon.buildDate = '2026-01-16'
    expect(sha256(await writeEpub(changed))).not.toBe(sha256(bytes))
  })
})
