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

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', fallback: false }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', fallback: false }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', fallback: false }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', fallback: false }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', fallback: true }
  }
}

/** Split into lines on LF, CRLF or a lone CR, so old-Mac and Windows files read like Unix ones. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}
