import { PDFDocument, type PDFPage, rgb, StandardFonts } from 'pdf-lib'

export interface BookletOptions {
  /**
   * Where the padding pages go: `end` (after the last page, the default) or
   * `before-last`, which keeps the last page on the back cover (a zine's colophon).
   */
  blanks?: 'end' | 'before-last'
  /** What a padding page shows: nothing (`blank`, the default) or ruled lines for the reader's `notes`. */
  fill?: 'blank' | 'notes'
}

/** One printed side of a sheet: the reading-order page numbers (1-based) on its left and right halves; `null` is a padding page. */
export type Side = [left: number | null, right: number | null]

export interface Booklet {
  /** The imposed PDF: one page per printed side, each twice the width of a book page. */
  pdf: Uint8Array
  /** Pages of the reading PDF. */
  pages: number
  /** Pages after padding to a multiple of 4. */
  padded: number
  /** Physical sheets, folded once and stapled in the fold. */
  sheets: number
  /** Printed sides (two per sheet): the imposed PDF's page count. */
  sides: number
  /** Positions (1-based, in the padded reading order) that hold padding pages. */
  blanks: number[]
  /** For each side in print order, which reading page sits left and right. */
  order: Side[]
}

/**
 * Saddle-stitch order for `padded` pages (a multiple of 4): sheet s carries
 * on its front the last-but-2s page beside page 2s+1, and on its back page
 * 2s+2 beside its mirror. Printed duplex with a short-edge flip, the stack
 * folds into reading order.
 */
export function saddleStitchOrder(padded: number): [number, number][] {
  if (padded <= 0 || padded % 4 !== 0)
    throw new Error(`Unexpected page count ${padded}, expected a positive multiple of 4`)
  const sides: [number, number][] = []
  for (let s = 0; s < padded / 4; s++) {
    sides.push([padded - 2 * s, 2 * s + 1])
    sides.push([2 * s + 2, padded - 2 * s - 1])
  }
  return sides
}

/** Reading page at each padded position (1-based), `null` for padding. */
export function padPages(pages: number, blanks: 'end' | 'before-last'): (number | null)[] {
  const padded = Math.max(4, Math.ceil(pages / 4) * 4)
  const extra = padded - pages
  const list: (number | null)[] = Array.from({ length: pages }, (_, i) => i + 1)
  const at = blanks === 'before-last' && pages > 1 ? pages - 1 : pages
  list.splice(at, 0, ...Array.from({ length: extra }, () => null))
  return list
}

function check(options: BookletOptions): Required<BookletOptions> {
  for (const key of Object.keys(options)) {
    if (key !== 'blanks' && key !== 'fill')
      throw new Error(`Unexpected booklet option \`${key}\`, expected blanks or fill`)
  }
  const blanks = options.blanks ?? 'end'
  const fill = options.fill ?? 'blank'
  if (blanks !== 'end' && blanks !== 'before-last')
    throw new Error(`Unexpected blanks \`${blanks}\`, expected end or before-last`)
  if (fill !== 'blank' && fill !== 'notes')
    throw new Error(`Unexpected fill \`${fill}\`, expected blank or notes`)
  return { blanks, fill }
}

/** A padding page for the reader's notes: a heading and ruled lines inside the page's margins. */
function drawNotesPage(
  page: PDFPage,
  x: number,
  width: number,
  height: number,
  font: Awaited<ReturnType<PDFDocument['embedFont']>>,
): void {
  const margin = width * 0.13
  const top = height - margin
  page.drawText('Notes', { x: x + margin, y: top - 12, size: 11, font, color: rgb(0.2, 0.2, 0.2) })
  for (let y = top - 36; y > margin; y -= 20) {
    page.drawLine({
      start: { x: x + margin, y },
      end: { x: x + width - margin, y },
      thickness: 0.3,
      color: rgb(0.6, 0.6, 0.6),
    })
  }
}

/**
 * Reading PDF → saddle-stitched booklet: padded to a multiple of 4, two
 * pages side by side on sheets twice the page's width (A5 on A4 landscape,
 * half-letter on letter landscape), in folding order, for duplex printing
 * with a short-edge flip.
 */
export async function imposeBooklet(
  pdf: Uint8Array,
  options: BookletOptions = {},
): Promise<Booklet> {
  const { blanks, fill } = check(options)
  const source = await PDFDocument.load(pdf, { updateMetadata: false })
  const pages = source.getPageCount()
  if (pages === 0) throw new Error('Unexpected empty PDF, expected at least one page')
  const positions = padPages(pages, blanks)
  const padded = positions.length
  const out = await PDFDocument.create({ updateMetadata: false })
  const embedded = await out.embedPages(source.getPages())
  const { width, height } = source.getPage(0).getSize()
  const font = fill === 'notes' ? await out.embedFont(StandardFonts.TimesRomanItalic) : undefined
  const order: Side[] = []
  for (const [left, right] of saddleStitchOrder(padded)) {
    const sheet = out.addPage([width * 2, height])
    const side: Side = [null, null]
    for (const [slot, position] of [left, right].entries()) {
      const reading = positions[position - 1] ?? null
      side[slot] = reading
      const x = slot * width
      if (reading === null) {
        if (font) drawNotesPage(sheet, x, width, height, font)
        continue
      }
      const page = embedded[reading - 1]!
      // Centre a page of another size rather than stretch it.
      const scale = Math.min(width / page.width, height / page.height, 1)
      sheet.drawPage(page, {
        x: x + (width - page.width * scale) / 2,
        y: (height - page.height * scale) / 2,
        width: page.width * scale,
        height: page.height * scale,
      })
    }
    order.push(side)
  }
  const title = source.getTitle()
  out.setTitle(title ? `${title} (booklet)` : 'Booklet')
  out.setProducer('samizdat booklet imposition (pdf-lib)')
  const blankPositions = positions.flatMap((p, i) => (p === null ? [i + 1] : []))
  return {
    pdf: await out.save(),
    pages,
    padded,
    sheets: padded / 4,
    sides: padded / 2,
    blanks: blankPositions,
    order,
  }
}
