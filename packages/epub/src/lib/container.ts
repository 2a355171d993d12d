/**
 * The OCF container: the finished documents into one reproducible zip.
 * `mimetype` first and stored, then `META-INF/container.xml`, the package
 * document, nav, NCX, stylesheet and cover, then the content documents in
 * reading order; every entry dated `modified`.
 */
import { type PackedEntry, packEntry, type ZipEntry, zipChunks, zipEntries } from './zip.ts'

/** Names inside `OEBPS/`, fixed. */
export const packageFiles = {
  opf: 'content.opf',
  nav: 'toc.xhtml',
  ncx: 'toc.ncx',
  css: 'style.css',
  cover: 'cover.svg',
} as const

export const contentDir = 'OEBPS/'

const containerXml =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>' +
  `<rootfile full-path="${contentDir}${packageFiles.opf}" media-type="application/oebps-package+xml"/></rootfiles></container>`

/** A content document: its XHTML, or its entry already compressed (by a worker, or from the cache). */
export type ContainerDocument = { filename: string } & ({ xhtml: string } | { entry: ZipEntry })

export interface ContainerInput {
  /** Date and time of every zip entry. */
  modified: Date
  css: string
  coverSvg: string
  /** Content documents in reading order. */
  documents: readonly ContainerDocument[]
  nav: string
  ncx: string
  opf: string
}

/** A content document compressed under its place in the container. */
export function packDocument(filename: string, xhtml: string): PackedEntry {
  return packEntry(`${contentDir}${filename}`, xhtml)
}

function entriesOf(input: ContainerInput): ZipEntry[] {
  const entries: ZipEntry[] = [
    packEntry('mimetype', 'application/epub+zip', 'store'),
    packEntry('META-INF/container.xml', containerXml),
    packEntry(`${contentDir}${packageFiles.opf}`, input.opf),
    packEntry(`${contentDir}${packageFiles.nav}`, input.nav),
    packEntry(`${contentDir}${packageFiles.ncx}`, input.ncx),
    packEntry(`${contentDir}${packageFiles.css}`, input.css),
    packEntry(`${contentDir}${packageFiles.cover}`, input.coverSvg),
  ]
  for (const doc of input.documents) {
    if ('entry' in doc) {
      if (doc.entry.name !== `${contentDir}${doc.filename}`)
        throw new Error(`Unexpected packed entry \`${doc.entry.name}\` for \`${doc.filename}\``)
      entries.push(doc.entry)
    } else entries.push(packDocument(doc.filename, doc.xhtml))
  }
  return entries
}

export function packEpub(input: ContainerInput): Promise<Uint8Array> {
  return zipEntries(entriesOf(input), input.modified)
}

/** The same bytes as `packEpub`, as chunks: deferred chapters are read one at a time. */
export function epubChunks(input: ContainerInput): AsyncGenerator<Uint8Array> {
  return zipChunks(entriesOf(input), input.modified)
}
