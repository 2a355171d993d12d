/**
 * Books are assembled around placeholders, then each placeholder is replaced
 * by its article's part, already UTF-8: a thousand chapters are never joined
 * into one string and encoded again. A placeholder holds NUL, which no reader
 * lets into a text, so it cannot occur in a book by chance.
 */
export const placeholder = (i: number): string => `\u0000samizdat:${i}\u0000`

const encoder = new TextEncoder()

/** `document` with placeholder i replaced by `parts[i]`; each must occur exactly once. */
export function splice(document: string, parts: readonly Uint8Array[]): Uint8Array {
  const pieces = document.split(/\u0000samizdat:(\d+)\u0000/)
  const seen = new Set<number>()
  const chunks: Uint8Array[] = []
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 0) {
      if (piece.includes('\u0000')) throw new Error('Unexpected NUL in an assembled book, expected none outside placeholders')
      chunks.push(encoder.encode(piece))
      continue
    }
    const n = Number(piece)
    if (seen.has(n) || !parts[n]) throw new Error(`Unexpected placeholder ${n} in an assembled book`)
    seen.add(n)
    chunks.push(parts[n])
  }
  if (seen.size !== parts.length) throw new Error(`Unexpected ${seen.size} of ${parts.length} parts placed in an assembled book`)
  return Buffer.concat(chunks)
}
