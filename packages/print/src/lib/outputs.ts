import type { Book } from '@samizdat/core'
import { PDFDocument } from 'pdf-lib'
import { type Booklet, type BookletOptions, imposeBooklet } from './booklet.ts'
import { type PrintOptions, resolveOptions, writePrintHtml } from './html.ts'
import type { PageFormat } from './page.ts'
import { openRenderer, type RenderOptions } from './render.ts'
import { writeArticleZine } from './zine.ts'

export interface PrintBuildOptions extends PrintOptions, RenderOptions {
  /** Also impose the anthology as a saddle-stitched booklet. */
  booklet?: boolean
  /** Also make each article a zine of its own, with its booklet. */
  perArticle?: boolean
  /** What padding pages in booklets show. */
  fill?: BookletOptions['fill']
}

/** What one written PDF holds, for the command's report. */
export interface PrintFileReport {
  path: string
  pages: number
  /** Set for booklets. */
  booklet?: Omit<Booklet, 'pdf' | 'order'>
  /** Milliseconds the engine or the imposition took. */
  ms: number
}

export interface PrintBuild {
  /** Output path (relative to the output folder) → bytes. */
  outputs: Map<string, Uint8Array>
  files: PrintFileReport[]
  /** The page format used (its `sheet` names the booklet's paper). */
  format: PageFormat
}

/** `14, 15, 16` → `14–16`; scattered positions stay a list. */
function positions(list: number[]): string {
  if (list.length === 0) return 'none'
  const first = list[0]!
  const last = list.at(-1)!
  return last - first === list.length - 1 && list.length > 2 ? `${first}–${last}` : list.join(', ')
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** One line per file, e.g. `anthology-booklet.pdf: 69 pages padded to 72 (blank pages 70–72), 18 sheets, 36 sides on A4 landscape`. */
export function describePrintFile(file: PrintFileReport, sheet: string): string {
  const seconds = `${(file.ms / 1000).toFixed(1)} s`
  if (!file.booklet) return `${file.path}: ${plural(file.pages, 'page')} (${seconds})`
  const b = file.booklet
  return (
    `${file.path}: ${plural(b.pages, 'page')} padded to ${b.padded} (blank pages ${positions(b.blanks)}), ` +
    `${plural(b.sheets, 'sheet')}, ${plural(b.sides, 'side')} on ${sheet}; print duplex, flip on short edge (${seconds})`
  )
}

/**
 * Everything `samizdat pdf` writes: the print HTML, the reading PDF and, when
 * asked, the anthology's booklet and one zine (reading PDF and booklet) per
 * article. One engine is opened for all of them.
 */
export async function buildPrint(book: Book, options: PrintBuildOptions = {}): Promise<PrintBuild> {
  const { booklet, perArticle, fill, pageSize, ...render } = options
  const printOptions: PrintOptions = pageSize ? { pageSize } : {}
  const format = resolveOptions(book, printOptions)
  const outputs = new Map<string, Uint8Array>()
  const files: PrintFileReport[] = []
  const renderer = await openRenderer(render)
  const encoder = new TextEncoder()
  try {
    const pdfOf = async (path: string, html: string): Promise<Uint8Array> => {
      const start = performance.now()
      const pdf = await renderer.render(html)
      const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()
      outputs.set(path, pdf)
      files.push({ path, pages, ms: performance.now() - start })
      return pdf
    }
    const bookletOf = async (path: string, pdf: Uint8Array, blanks: 'end' | 'before-last') => {
      const start = performance.now()
      const imposed = await imposeBooklet(pdf, fill ? { blanks, fill } : { blanks })
      const { pages, padded, sheets, sides, blanks: where } = imposed
      outputs.set(path, imposed.pdf)
      files.push({
        path,
        pages: sides,
        booklet: { pages, padded, sheets, sides, blanks: where },
        ms: performance.now() - start,
      })
    }
    const html = writePrintHtml(book, printOptions)
    outputs.set('anthology.html', encoder.encode(html))
    const pdf = await pdfOf('anthology.pdf', html)
    if (booklet) await bookletOf('anthology-booklet.pdf', pdf, 'end')
    if (perArticle) {
      for (const article of book.articles) {
        const zine = await pdfOf(
          `zines/${article.id}.pdf`,
          writeArticleZine(book, article.id, printOptions),
        )
        // The zine's last page is its back cover: padding goes before it.
        await bookletOf(`zines/${article.id}-booklet.pdf`, zine, 'before-last')
      }
    }
  } finally {
    await renderer.close()
  }
  return { outputs, files, format }
}
