/**
 * A reproducible zip container for EPUB (APPNOTE 6.3.x, the subset OCF
 * allows): entries in the order given, one fixed date, `mimetype` stored and
 * the rest deflated by Node's zlib, no folder entries, no extra fields, no
 * Zip64 (an EPUB of 4 GB or 65,535 files is refused with a clear error).
 *
 * Written by hand because entries must be deflatable ahead of time: a chapter
 * is compressed once, in the worker that rendered it, and its bytes are kept
 * in the build cache, so assembling a book of a thousand chapters is mostly
 * concatenation. Zip libraries (jszip, fflate) compress what they are given,
 * with JavaScript deflate, every time.
 */
import { deflateRawSync } from 'node:zlib'

/** An entry's data, compressed or stored, with what the headers need. */
export interface PackedEntry {
  name: string
  method: 'store' | 'deflate'
  /** The bytes as they sit in the archive (compressed when `method` is deflate). */
  bytes: Uint8Array
  crc: number
  /** Uncompressed size. */
  size: number
}

/**
 * An entry whose bytes are read when the archive reaches them (from a build
 * cache), so a book of thousands of chapters never holds them all at once.
 */
export interface DeferredEntry extends Omit<PackedEntry, 'bytes'> {
  /** Length of the bytes as they sit in the archive. */
  stored: number
  load: () => Promise<Uint8Array>
}

export type ZipEntry = PackedEntry | DeferredEntry

const storedLength = (e: ZipEntry): number => ('load' in e ? e.stored : e.bytes.length)

const crcTable = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const encoder = new TextEncoder()

/** Compresses one entry (level 9, as EPUB files are written once and read often). */
export function packEntry(name: string, content: string | Uint8Array, method: 'store' | 'deflate' = 'deflate'): PackedEntry {
  const data = typeof content === 'string' ? encoder.encode(content) : content
  const bytes = method === 'store' ? data : new Uint8Array(deflateRawSync(data, { level: 9 }))
  return { name, method, bytes, crc: crc32(data), size: data.length }
}

/** MS-DOS date and time words of a UTC date (zip has no zones and nothing before 1980). */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)))
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2)
  const day = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
  return { time, day }
}

const limit = 0xffffffff

/**
 * The archive as chunks, in order: each entry's local header and data, then
 * the central directory. Deferred entries are loaded one at a time.
 */
export async function* zipChunks(entries: readonly ZipEntry[], date: Date): AsyncGenerator<Uint8Array> {
  if (entries.length > 0xffff) throw new Error(`Unexpected ${entries.length} files in one EPUB, expected at most 65,535`)
  const { time, day } = dosDateTime(date)
  const names = entries.map((e) => encoder.encode(e.name))
  let total = 22
  for (const [i, e] of entries.entries()) total += 30 + 46 + 2 * names[i]!.length + storedLength(e)
  if (total > limit) throw new Error('Unexpected EPUB over 4 GB, expected a smaller book')
  const header = (e: ZipEntry, name: Uint8Array, central: number | undefined): Uint8Array => {
    const out = new Uint8Array((central === undefined ? 30 : 46) + name.length)
    const view = new DataView(out.buffer)
    let at = 0
    const u16 = (v: number) => {
      view.setUint16(at, v, true)
      at += 2
    }
    const u32 = (v: number) => {
      view.setUint32(at, v >>> 0, true)
      at += 4
    }
    u32(central === undefined ? 0x04034b50 : 0x02014b50)
    if (central !== undefined) u16(20) // made by: MS-DOS attributes, version 2.0
    u16(20) // version needed: 2.0 (deflate)
    u16(/[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0) // bit 11: the name is UTF-8
    u16(e.method === 'store' ? 0 : 8)
    u16(time)
    u16(day)
    u32(e.crc)
    u32(storedLength(e))
    u32(e.size)
    u16(name.length)
    u16(0) // no extra field
    if (central !== undefined) {
      u16(0) // no comment
      u16(0) // disk 0
      u16(0) // internal attributes
      u32(0) // external attributes
      u32(central)
    }
    out.set(name, at)
    return out
  }
  const offsets: number[] = []
  let at = 0
  for (const [i, e] of entries.entries()) {
    offsets.push(at)
    const local = header(e, names[i]!, undefined)
    const bytes = 'load' in e ? await e.load() : e.bytes
    if (bytes.length !== storedLength(e)) throw new Error(`Unexpected ${bytes.length} bytes for \`${e.name}\`, expected ${storedLength(e)}`)
    yield local
    yield bytes
    at += local.length + bytes.length
  }
  const centralStart = at
  const central = entries.map((e, i) => header(e, names[i]!, offsets[i]!))
  const centralLength = central.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const view = new DataView(end.buffer)
  view.setUint32(0, 0x06054b50, true)
  view.setUint16(8, entries.length, true)
  view.setUint16(10, entries.length, true)
  view.setUint32(12, centralLength, true)
  view.setUint32(16, centralStart, true)
  yield* central
  yield end
}

/** The archive's bytes, all in memory. */
export async function zipEntries(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of zipChunks(entries, date)) chunks.push(chunk)
  return Buffer.concat(chunks)
}
