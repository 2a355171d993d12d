/**
 * Candidate corrections one edit away (Damerau: delete, transpose, replace,
 * insert). Generating them and looking each up is far faster than a
 * dictionary's own suggester, and lets the same search run against the
 * text's and the anthology's own words.
 */

const alphabet = 'abcdefghijklmnopqrstuvwxyz'

export function editsOf(word: string): Set<string> {
  const out = new Set<string>()
  const letters = new Set([...alphabet, ...word.toLowerCase()])
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const c of letters) {
      const cased = i === 0 && /\p{Lu}/u.test(word[0] ?? '') ? c.toUpperCase() : c
      if (tail) out.add(head + cased + tail.slice(1))
      out.add(head + cased + tail)
    }
  }
  out.delete(word)
  return out
}

/** Damerau-Levenshtein distance, capped: returns `cap + 1` once past `cap`. */
export function distance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
      best = Math.min(best, v)
    }
    if (best > cap) return cap + 1
  }
  return d[a.length]![b.length]!
}

/**
 * OCR and transcription confusions between letter groups, both ways: a scan
 * reads `m` as `rn`, `h` as `li` or `b`, `d` as `cl`, `w` as `vv`, `u` as `ii`.
 */
const confusions: [string, string][] = [
  ['rn', 'm'],
  ['li', 'h'],
  ['b', 'h'],
  ['cl', 'd'],
  ['vv', 'w'],
  ['ii', 'u'],
  ['ii', 'n'],
  ['c', 'e'],
  ['f', 't'],
  ['l', 'i'],
]

/** Every word reached by undoing one OCR confusion somewhere in `word`. */
export function ocrVariantsOf(word: string): string[] {
  const out = new Set<string>()
  for (const [a, b] of confusions) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let i = word.indexOf(from)
      while (i >= 0) {
        out.add(word.slice(0, i) + to + word.slice(i + from.length))
        i = word.indexOf(from, i + 1)
      }
    }
  }
  out.delete(word)
  return [...out]
}
