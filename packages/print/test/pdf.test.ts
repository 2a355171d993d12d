import { sampleBook } from '@samizdat/book'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeWithTools } from '../../../test-support/system-tools.ts'
import {
  imposeBooklet,
  openRenderer,
  type PdfRenderer,
  writeArticleZine,
  writePrintHtml,
} from '../src/index.ts'
import { runningTitle } from '../src/lib/chapter.ts'
import { longBook } from './helpers/long-book.ts'
import { flat, lines, pageTexts, pdfFile, pdfInfo, textIn } from './helpers/poppler.ts'

const engines = ['chromium', 'weasyprint'] as const

/** Page (1-based) whose first line is the chapter title: an opening page has no running head. */
function openingPage(texts: string[], title: string): number {
  return texts.findIndex((t) => lines(t)[0] === title) + 1
}

/** The contents page's entries: title → printed page number. */
function contentsNumbers(texts: string[]): Map<string, number> {
  const page = texts.find((t) => lines(t)[0] === 'Contents') ?? ''
  const out = new Map<string, number>()
  for (const line of lines(page)) {
    const m = /^(.*?)\s{2,}(\d+)$/.exec(line)
    if (m) out.set(m[1]!, Number(m[2]))
  }
  return out
}

/** 1-based pages whose text matches. */
function pagesWith(texts: string[], pattern: RegExp): number[] {
  return texts.flatMap((t, i) => (pattern.test(flat(t)) ? [i + 1] : []))
}

/**
 * Checks every note of the long book: the token right before its call and
 * the note's own text are on the same page. Returns how many were checked.
 */
function notesOnCallPages(texts: string[]): number {
  const book = longBook()
  let checked = 0
  for (const article of book.articles) {
    const start = openingPage(texts, article.meta.title!)
    for (const def of article.tree.children.filter((n) => n.type === 'footnoteDefinition')) {
      const label = def.label!
      // The token is unique within a chapter, so take the first at or after its opening.
      const call = pagesWith(texts, new RegExp(`witness w${label}z`)).find((p) => p >= start)
      const note = pagesWith(texts, new RegExp(`(^| )${label} Note ${label}\\. `)).find(
        (p) => p >= start,
      )
      expect(call, `${article.id} note ${label}`).toBeDefined()
      expect(note, `${article.id} note ${label}`).toBe(call)
      checked++
    }
  }
  return checked
}

for (const engine of engines) {
  describeWithTools(
    [engine === 'chromium' ? 'chromium' : 'weasyprint', 'poppler'],
    `print PDF with ${engine}`,
    () => {
      const book = longBook()
      let renderer: PdfRenderer
      let long: { path: string; dispose: () => void }
      let sample: { path: string; dispose: () => void }
      let texts: string[]
      let bookletTexts: { path: string; dispose: () => void }
      let booklet: Awaited<ReturnType<typeof imposeBooklet>>

      beforeAll(async () => {
        renderer = await openRenderer({ engine })
        const pdf = await renderer.render(writePrintHtml(book))
        long = pdfFile(pdf)
        texts = pageTexts(long.path)
        booklet = await imposeBooklet(pdf)
        bookletTexts = pdfFile(booklet.pdf)
        sample = pdfFile(await renderer.render(writePrintHtml(sampleBook())))
      })
      afterAll(async () => {
        await renderer?.close()
        for (const f of [long, sample, bookletTexts]) f?.dispose()
      })

      it('prints on A5 pages (420 × 595 pt)', () => {
        const info = pdfInfo(long.path)
        expect(info.width).toBeCloseTo(420, 0)
        expect(info.height).toBeCloseTo(595, 0)
        expect(info.pages).toBe(texts.length)
      })

      it('lays the sample book out on 13 pages: front matter, two chapters and three back sections on right-hand pages', () => {
        const info = pdfInfo(sample.path)
        expect(info.pages).toBe(13)
        const sampleTexts = pageTexts(sample.path)
        for (const [title, page] of [
          ['The First Essay', 5],
          ['A Second Essay', 7],
          ['Colophon', 13],
        ] as const) {
          expect(openingPage(sampleTexts, title)).toBe(page)
        }
        const first = flat(sampleTexts[4]!)
        expect(first).toContain('<script>alert(1)</script> & “quotes”')
        // Both paragraphs of the two-paragraph note, and the second series, at the foot of the page.
        expect(first).toMatch(
          /2 Ibid\., p\. 156\. A note of two paragraphs\. Its second paragraph continues the argument\./,
        )
        expect(first).toContain('1* A note of the second series.')
        expect(first).toContain('1 See note 1, p. 5.')
      })

      it('gives each chapter the page number the contents print, on a right-hand page', () => {
        const numbers = contentsNumbers(texts)
        expect(numbers.size).toBe(book.articles.length + 2)
        for (const article of book.articles) {
          const title = article.meta.title!
          const page = openingPage(texts, title)
          expect(page, title).toBeGreaterThan(0)
          expect(numbers.get(title), title).toBe(page)
          expect(page % 2, title).toBe(1)
        }
        expect(numbers.get('Colophon')).toBe(texts.length)
      })

      it('heads left pages with the book title and right pages with the chapter title, folios on every text page', () => {
        const starts = book.articles.map((a) => openingPage(texts, a.meta.title!))
        let checked = 0
        book.articles.forEach((article, i) => {
          const end = (starts[i + 1] ?? openingPage(texts, 'Contributors')) - 1
          for (let page = starts[i]! + 1; page <= end; page++) {
            const pageLines = lines(texts[page - 1]!)
            if (pageLines.length === 0) continue // a blank page before the next chapter
            const head = page % 2 === 0 ? book.meta.title : runningTitle(article.meta.title!)
            expect(pageLines[0], `page ${page}`).toBe(head)
            expect(pageLines.at(-1), `page ${page}`).toBe(String(page))
            checked++
          }
        })
        expect(checked).toBeGreaterThan(8)
      })

      it('sets each note at the foot of the page that calls it', () => {
        expect(notesOnCallPages(texts)).toBeGreaterThan(12)
      })

      it('keeps call and note together on A4 too, where breaks fall elsewhere', async () => {
        const a4 = pdfFile(await renderer.render(writePrintHtml(book, { pageSize: 'a4' })))
        try {
          expect(pdfInfo(a4.path).width).toBeCloseTo(595, 0)
          expect(notesOnCallPages(pageTexts(a4.path))).toBeGreaterThan(12)
        } finally {
          a4.dispose()
        }
      })

      it('points a second call of a note back to the page of the first', () => {
        const notePage = pagesWith(texts, /(^| )1 Note 1\. /)[0]!
        const repeat = pagesWith(texts, /witness again1z/)[0]!
        expect(flat(texts[repeat - 1]!)).toContain(`1 See note 1, p. ${notePage}.`)
      })

      it('imposes a saddle-stitched booklet: ceil(pages/4)×2 sides on A4 landscape, in folding order', () => {
        const pages = texts.length
        const sides = Math.ceil(pages / 4) * 2
        expect(booklet.sides).toBe(sides)
        const info = pdfInfo(bookletTexts.path)
        expect(info.pages).toBe(sides)
        expect(info.width).toBeCloseTo(840, -1)
        expect(info.height).toBeCloseTo(595, 0)
        const padded = sides * 2
        expect(booklet.blanks).toEqual(
          Array.from({ length: padded - pages }, (_, i) => pages + i + 1),
        )
        // Side 1: last page beside the title page; side 2: page 2 beside the last but one.
        const half = info.width / 2
        expect(textIn(bookletTexts.path, 1, half, 0, half, info.height)).toContain(book.meta.title)
        expect(textIn(bookletTexts.path, 2, 0, 0, half, info.height)).toContain('This edition')
        // Every half of every side shows the reading page the order says, told by its folio.
        let folios = 0
        booklet.order.forEach(([left, right], i) => {
          for (const [slot, reading] of [left, right].entries()) {
            const text = textIn(bookletTexts.path, i + 1, slot * half, 0, half, info.height)
            if (reading === null) {
              expect(text, `side ${i + 1}`).toBe('')
              continue
            }
            const folio = lines(texts[reading - 1]!).at(-1)
            if (folio !== String(reading)) continue
            expect(text.split(' ').at(-1), `side ${i + 1}`).toBe(folio)
            folios++
          }
        })
        expect(folios).toBeGreaterThan(pages / 2)
      })

      it('makes a zine of one article: cover, essay, colophon on the back cover', async () => {
        const zine = pdfFile(await renderer.render(writeArticleZine(book, 'assembly')))
        try {
          const zineTexts = pageTexts(zine.path)
          expect(flat(zineTexts[0]!)).toMatch(/^Against the Constituent Assembly Rosa Example/)
          expect(flat(zineTexts[0]!)).toContain('Rosa Example')
          expect(flat(zineTexts[2]!)).toMatch(/^Against the Constituent Assembly Rosa Example/)
          expect(lines(zineTexts.at(-1)!)[0]).toBe('Colophon')
          expect(flat(zineTexts.at(-1)!)).toContain('https://example.org/assembly.html')
          expect(zineTexts.length % 2).toBe(0)
          expect(flat(zineTexts.join('\f'))).not.toContain('Railway Workers')
        } finally {
          zine.dispose()
        }
      })
    },
  )
}
