/**
 * The one place that knows epub-gen-memory (1.1.2). Everything else builds
 * finished documents; this file hands them to the library and turns what it
 * returns into a reproducible EPUB. Its quirks, and what is done about each:
 *
 * - CommonJS whose default export is a function under vitest but the whole
 *   module under Node: the named `EPub` import is the same in both.
 * - It parses chapter `content` and re-serialises it, dropping attributes it
 *   does not know and downloading every `<img src>` over the network. So
 *   `content` is left empty and each finished XHTML document travels in an
 *   extra chapter field that the `chapterXHTML` template prints as it is.
 * - Options are spread into every template's data, so the package document,
 *   nav and NCX travel the same way as extra option fields, printed by
 *   one-tag templates. Its own templates would hard-code "All rights
 *   reserved", "Copyright © <this year>", `dcterms:modified = new Date()`, a
 *   random uuid, a nav without landmarks or nested sections, and a flat NCX.
 * - A chapter `url` puts a span into its nav (EPUBCheck fails): never set.
 * - `description` must be non-empty (an empty `dc:description` fails
 *   EPUBCheck): the package document has its own, but the option is set too.
 * - A cover given as a URL is downloaded: it is given as an in-memory `File`
 *   (global in Node 20), which it stores as `cover.<ext>` by MIME type.
 * - File names are fixed: `OEBPS/toc.xhtml` (nav), `OEBPS/toc.ncx`,
 *   `OEBPS/style.css`, `OEBPS/content.opf`; see `packageFiles`.
 * - Zip entries carry the current time, and folder entries appear: the zip
 *   is rebuilt with one fixed date, `mimetype` first and stored, then the
 *   files in the order the package lists them, no folder entries.
 */
import { EPub } from 'epub-gen-memory'
import JSZip from 'jszip'

/** Names inside `OEBPS/` that the library decides. */
export const packageFiles = {
  nav: 'toc.xhtml',
  ncx: 'toc.ncx',
  css: 'style.css',
  cover: 'cover.svg',
} as const

const contentDir = 'OEBPS/'

export interface PackInput {
  title: string
  lang: string
  description: string
  /** Names for the library's own metadata; the package document is what counts. */
  authors: string[]
  /** Date and time for every zip entry (and the library's unused `date`). */
  modified: Date
  css: string
  coverSvg: string
  /** Content documents in reading order, by file name. */
  documents: { filename: string; title: string; xhtml: string }[]
  nav: string
  ncx: string
  opf: string
}

/** Zip dates are DOS dates: nothing before 1980. */
function zipDate(date: Date): Date {
  const floor = Date.UTC(1980, 0, 1)
  return new Date(Math.max(floor, date.getTime()))
}

export async function packEpub(input: PackInput): Promise<Uint8Array> {
  const options = {
    title: input.title,
    author: input.authors,
    description: input.description,
    lang: input.lang,
    date: input.modified.toISOString(),
    css: input.css,
    cover: new File([input.coverSvg], packageFiles.cover, { type: 'image/svg+xml' }),
    version: 3,
    verbose: false,
    prependChapterTitles: false,
    tocInTOC: false,
    chapterXHTML: '<%- document %>',
    contentOPF: '<%- packageDocument %>',
    tocXHTML: '<%- navDocument %>',
    tocNCX: '<%- ncxDocument %>',
    packageDocument: input.opf,
    navDocument: input.nav,
    ncxDocument: input.ncx,
  }
  const chapters = input.documents.map((d) => ({
    title: d.title,
    filename: d.filename,
    content: '',
    document: d.xhtml,
  }))
  const epub = new EPub(options, chapters)
  await epub.render()
  const made = await JSZip.loadAsync(await epub.generateAsync({ type: 'uint8array' }))

  const order = [
    'mimetype',
    'META-INF/container.xml',
    `${contentDir}content.opf`,
    `${contentDir}${packageFiles.nav}`,
    `${contentDir}${packageFiles.ncx}`,
    `${contentDir}${packageFiles.css}`,
    `${contentDir}${packageFiles.cover}`,
    ...input.documents.map((d) => `${contentDir}${d.filename}`),
  ]
  const files = Object.values(made.files).filter((f) => !f.dir)
  const unexpected = files.map((f) => f.name).filter((name) => !order.includes(name))
  // Anything else (an image, a font) would mean the library fetched something.
  if (unexpected.length)
    throw new Error(`epub-gen-memory wrote unexpected files: ${unexpected.join(', ')}`)

  const date = zipDate(input.modified)
  const zip = new JSZip()
  for (const name of order) {
    const file = made.file(name)
    if (!file) throw new Error(`epub-gen-memory did not write \`${name}\``)
    const data = await file.async('uint8array')
    zip.file(name, data, {
      date,
      createFolders: false,
      compression: name === 'mimetype' ? 'STORE' : 'DEFLATE',
    })
  }
  return zip.generateAsync({
    type: 'uint8array',
    mimeType: 'application/epub+zip',
    compressionOptions: { level: 9 },
  })
}
