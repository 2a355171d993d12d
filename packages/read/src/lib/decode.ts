/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as
 * such; bytes that are not valid UTF-8 are decoded as Windows-1252, the charset
 * pasted Western text almost always is when it is not UTF-8 (it is a superset
 * of Latin-1 for printable characters, and maps 0x91–0x94 to curly quotes).
 */
export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  /** True when the bytes were not valid UTF-8 and a fallback was used. */
  fallback: boolean
}

/** Magic numbers of the binary files most often saved under a `.txt` name. */
const signatures: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word/EPUB file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
]

/**
 * What binary data the bytes are, if they are not text: a known signature,
 * or NUL and control bytes where text has none. UTF-16 without a BOM (NULs at
 * every other byte) is text and is not reported here.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of signatures) {
    if (magic.every((b, i) => bytes[i] === b)) return name
  }
  const sample = bytes.subarray(0, 8192)
  if (sample.length === 0 || utf16Order(sample)) return undefined
  let control = 0
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  return control / sample.length > 0.1 ? 'binary data' : undefined
}

/** `le`/`be` when the bytes look like UTF-16 without a BOM (NUL at every other byte of ASCII text). */
function utf16Order(sample: Uint8Array): 'le' | 'be' | undefined {
  let even = 0
  let odd = 0
  const n = sample.length - (sample.length % 2)
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++
    if (sample[i + 1] === 0) odd++
  }
  const pairs = n / 2
  if (pairs < 4) return undefined
  if (odd / pairs > 0.4 && even / pairs < 0.05) return 'le'
  if (even / pairs > 0.4 && odd / pairs < 0.05) return 'be'
  return undefined
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      fallback: false,
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      fallback: false,
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      fallback: false,
    }
  }
  const order = utf16Order(bytes.subarray(0, 8192))
  if (order) {
    const encoding = order === 'le' ? 'utf-16le' : 'utf-16be'
    return { text: new TextDecoder(encoding).decode(bytes), encoding, fallback: false }
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      fallback: false,
    }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', fallback: true }
  }
}

/** Split into lines on LF, CRLF or a lone CR, so old-Mac and Windows files read like Unix ones. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

/**
 * Windows-1252 by hand: Node's TextDecoder (without full ICU data) decodes
 * this label as Latin-1, turning 0x91–0x94 into invisible C1 controls instead
 * of curly quotes. Bytes 0x80–0x9F map to this table; the rest are Latin-1.
 */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  const chunk = 8192
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b <= 0x9f ? cp1252High.charCodeAt(b - 0x80) : b,
    )
    out += String.fromCharCode(...codes)
  }
  return out
}
