import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { describeWithTools } from '../../../test-support/system-tools.ts'
import { imposeBooklet, padPages, saddleStitchOrder } from '../src/index.ts'
import { pdfFile, pdfInfo, textIn } from './helpers/poppler.ts'

const A5: [number, number] = [419.53, 595.28]

/** A PDF of `count` pages, each saying which page it is. */
async function numberedPdf(count: number, size: [number, number] = A5): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= count; i++) {
    const page = doc.addPage(size)
    page.drawText(`page${i}`, { x: 100, y: 300, size: 20, font })
  }
  return doc.save()
}

describe('saddleStitchOrder', () => {
  it('puts the outer pages on the first sheet and the middle pages on the last', () => {
    expect(saddleStitchOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ])
    expect(saddleStitchOrder(4)).toEqual([
      [4, 1],
      [2, 3],
    ])
  })

  it('puts each page once, and a page and its facing page on the same side add up to padded + 1', () => {
    const sides = saddleStitchOrder(24)
    expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    for (const [l, r] of sides) expect(l + r).toBe(25)
  })

  it('refuses a count that is not a multiple of 4', () => {
    expect(() => saddleStitchOrder(10)).toThrow(/Unexpected page count 10/)
  })
})

describe('padPages', () => {
  it('pads at the end by default, or before the last page to keep the back cover', () => {
    expect(padPages(5, 'end')).toEqual([1, 2, 3, 4, 5, null, null, null])
    expect(padPages(5, 'before-last')).toEqual([1, 2, 3, 4, null, null, null, 5])
    expect(padPages(8, 'before-last')).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(padPages(1, 'before-last')).toEqual([1, null, null, null])
  })
})

describe('imposeBooklet', () => {
  it('reports pages, sheets, sides and where the blanks went', async () => {
    const booklet = await imposeBooklet(await numberedPdf(13))
    expect(booklet).toMatchObject({
      pages: 13,
      padded: 16,
      sheets: 4,
      sides: 8,
      blanks: [14, 15, 16],
    })
    expect(booklet.order[0]).toEqual([null, 1])
    expect(booklet.order[1]).toEqual([2, null])
    const out = await PDFDocument.load(booklet.pdf)
    expect(out.getPageCount()).toBe(8)
    const { width, height } = out.getPage(0).getSize()
    expect(width).toBeCloseTo(A5[0] * 2, 1)
    expect(height).toBeCloseTo(A5[1], 1)
  })

  it('keeps the last page last when asked', async () => {
    const booklet = await imposeBooklet(await numberedPdf(6), { blanks: 'before-last' })
    expect(booklet.blanks).toEqual([6, 7])
    expect(booklet.order[0]).toEqual([6, 1])
  })

  it('refuses bad options at once', async () => {
    const pdf = await numberedPdf(2)
    await expect(imposeBooklet(pdf, { blanks: 'middle' as 'end' })).rejects.toThrow(
      /Unexpected blanks `middle`/,
    )
    await expect(imposeBooklet(pdf, { fold: true } as never)).rejects.toThrow(
      /Unexpected booklet option `fold`/,
    )
  })
})

describeWithTools(['poppler'], 'imposeBooklet, read back with poppler', () => {
  it('prints each reading page on the half of the side the folding order gives it', async () => {
    const booklet = await imposeBooklet(await numberedPdf(10), { fill: 'notes' })
    const file = pdfFile(booklet.pdf)
    try {
      const info = pdfInfo(file.path)
      expect(info.pages).toBe(6)
      const half = info.width / 2
      booklet.order.forEach(([left, right], i) => {
        const l = textIn(file.path, i + 1, 0, 0, half, info.height)
        const r = textIn(file.path, i + 1, half, 0, half, info.height)
        expect(l, `side ${i + 1} left`).toBe(left === null ? 'Notes' : `page${left}`)
        expect(r, `side ${i + 1} right`).toBe(right === null ? 'Notes' : `page${right}`)
      })
    } finally {
      file.dispose()
    }
  })
})
