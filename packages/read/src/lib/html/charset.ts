import { gunzipSync } from 'node:zlib'

/**
 * Bytes of a saved page → text, the way a browser picks the charset: a byte
 * order mark first, then the page's own declaration (`<meta charset>`,
 * `http-equiv` Content-Type, an XML declaration), then sniffing: valid UTF-8
 * is UTF-8, anything else Windows-1252 (what browsers assume for Western
 * pages without a declaration).
 */
export interface DecodedPage {
  text: string
  /** The WHATWG name of the encoding used. */
  encoding: string
  /** How the encoding was chosen. */
  by: 'bom' | 'declared' | 'sniffed' | 'fallback'
  /** The declared label when it was overruled (declared Latin-1, bytes UTF-8) or unknown. */
  overruled?: string
}

// Windows-1252's printable characters at 0x80–0x9F (Node's TextDecoder reads
// this range as Latin-1 control characters, losing curly quotes and dashes).
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Windows-1252 bytes → text, by the WHATWG table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(...chunk.map((byte) => byte)).replace(
      /[\x80-\x9f]/g,
      (c) => cp1252High[c.charCodeAt(0) - 0x80]!,
    )
  }
  return out
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252'
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes)
}

/** True for gzip data (magic bytes 1f 8b), whatever the file is called. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** Gunzip when the bytes are gzip (`.html.gz`), else return them as they are. */
export function gunzipIfNeeded(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes
}

// Browsers prescan 1024 bytes; saved pages sometimes carry long heads before
// the declaration, and a later hit is still better evidence than none.
const prescanBytes = 8192

const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i
const xmlEncoding = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i

/** The charset the page declares in its first bytes, lower-cased, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, prescanBytes))
  const found = xmlEncoding.exec(head) ?? metaCharset.exec(head)
  return found?.[1]?.toLowerCase()
}

/** The WHATWG name for a charset label, or undefined when no decoder knows it. */
function encodingFor(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// Labels that mean "Western single-byte": a page declaring one of these but
// holding valid multi-byte UTF-8 was re-saved as UTF-8 without its meta tag.
const westernSingleByte = new Set(['windows-1252', 'iso-8859-15'])

export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      by: 'bom',
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      by: 'bom',
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      by: 'bom',
    }
  }
  const label = declaredCharset(bytes)
  const declared = label ? encodingFor(label) : undefined
  if (declared) {
    // The HTML standard reads a declared UTF-16 as UTF-8: the declaration was readable as ASCII.
    const encoding = declared.startsWith('utf-16') ? 'utf-8' : declared
    if (westernSingleByte.has(encoding)) {
      const utf8 = strictUtf8(bytes)
      // Pure ASCII reads the same either way: overrule only when it matters.
      if (utf8 !== undefined && /[^\0-\x7f]/.test(utf8)) {
        return { text: utf8, encoding: 'utf-8', by: 'sniffed', overruled: label! }
      }
    }
    return { text: decodeAs(encoding, bytes), encoding, by: 'declared' }
  }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== undefined) {
    return label
      ? { text: utf8, encoding: 'utf-8', by: 'sniffed', overruled: label }
      : { text: utf8, encoding: 'utf-8', by: 'sniffed' }
  }
  const text = decodeWindows1252(bytes)
  return label
    ? { text, encoding: 'windows-1252', by: 'fallback', overruled: label }
    : { text, encoding: 'windows-1252', by: 'fallback' }
}
