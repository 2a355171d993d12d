import { type Part, readPart } from './parts.ts'

/**
 * Books are assembled around placeholders, then each placeholder is replaced
 * by its article's part, already UTF-8 and read only when reached: a thousand
 * chapters are never joined into one string, encoded again, or held at once.
 * A placeholder holds NUL, which no reader lets into a text, so it cannot
 * occur in a book by chance.
 */
export const placeholder = (i: number): string => `\u0000samizdat:${i}\u0000`

const encoder = new TextEncoder()

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the placeholder's fence, on purpose.
const placeholders = /\u0000samizdat:(\d+)\u0000/

/**
 * `document` with placeholder i replaced by `parts[i]`, as chunks; each
 * placeholder must occur exactly once. `pattern` (one group: the part's
 * number) finds other placeholders, e.g. in JSON, which cannot hold a NUL.
 */
export function spliceChunks(
  document: string,
  parts: readonly Part[],
  pattern: RegExp = placeholders,
): AsyncGenerator<Uint8Array> {
  const pieces = document.split(pattern)
  const seen = new Set<number>()
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 0) {
      if (piece.includes('\u0000'))
        throw new Error('Unexpected NUL in an assembled book, expected none outside placeholders')
      continue
    }
    const n = Number(piece)
    if (seen.has(n) || !parts[n])
      throw new Error(`Unexpected placeholder ${n} in an assembled book`)
    seen.add(n)
  }
  if (seen.size !== parts.length)
    throw new Error(`Unexpected ${seen.size} of ${parts.length} parts placed in an assembled book`)
  return (async function* () {
    for (const [i, piece] of pieces.entries())
      yield i % 2 === 0 ? encoder.encode(piece) : await readPart(parts[Number(piece)]!)
  })()
}
