/**
 * Candidate corrections one edit away (Damerau: delete, transpose, replace,
 * insert). Generating them and looking each up is far faster than a
 * dictionary's own suggester, and lets the same search run against the
 * text's and the anthology's own words.
 */

import type { Trie } from './dictionary-index.ts'

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

/**
 * `[...editsOf(word)]`, built without the set for a word of ASCII letters:
 * the edits that repeat an earlier one (deleting either of two equal
 * letters, inserting a letter beside the same letter) or give the word back
 * are known in advance, so they are skipped. With `keepEnds` false, only the
 * edits that keep the length or the first and last letters (all that
 * `corpusNeighbours` can use), without building the others.
 */
export function editList(word: string, keepEnds = true): string[] {
  if (!/^[A-Za-z]+$/.test(word)) {
    const all = [...editsOf(word)]
    return keepEnds ? all : all.filter((e) => e.length === word.length || interior(word, e))
  }
  const out: string[] = []
  const n = word.length
  const upperFirst = word.charCodeAt(0) <= 90
  const firstCode = word.charCodeAt(0)
  const lastCode = word.charCodeAt(n - 1)
  // Without `keepEnds`, an edit that changes the length must keep the first and last letters.
  const deleteKept = (i: number) =>
    keepEnds ||
    (n > 1 &&
      (i === 0 ? word.charCodeAt(1) : firstCode) === firstCode &&
      (i === n - 1 ? word.charCodeAt(n - 2) : lastCode) === lastCode)
  const insertKept = (i: number, code: number) =>
    keepEnds ||
    ((i === 0 ? code : firstCode) === firstCode && (i === n ? code : lastCode) === lastCode)
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    const rest = tail.slice(1)
    const here = i < n ? word.charCodeAt(i) : -1
    const before = i > 0 ? word.charCodeAt(i - 1) : -1
    if (i < n && here !== before && deleteKept(i)) out.push(head + rest)
    if (i < n - 1 && here !== word.charCodeAt(i + 1))
      out.push(head + tail[1] + tail[0] + tail.slice(2))
    const letters = i === 0 && upperFirst ? upperLetters : lowerLetters
    for (let k = 0; k < 26; k++) {
      const cased = letters[k]!
      const code = cased.charCodeAt(0)
      if (i < n && code !== here) out.push(head + cased + rest)
      // The same insertion one place earlier, unless that one was capitalised.
      if (!(97 + k === before && (i > 1 || !upperFirst)) && insertKept(i, code))
        out.push(head + cased + tail)
    }
  }
  return out
}

/** `b` keeps the first and the last code unit of `a`. */
const interior = (a: string, b: string) =>
  a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1)

const lowerLetters = [...alphabet]
const upperLetters = lowerLetters.map((c) => c.toUpperCase())

/**
 * `[...editsOf(word)]`, in its order, keeping only the edits whose lower
 * case one of `tries` holds — without building the others. For a word of
 * ASCII letters only (whose `editsOf` letters are a–z).
 */
export function editsIn(word: string, tries: readonly Trie[]): string[] {
  const lower = word.toLowerCase()
  const n = word.length
  const upperFirst = /^[A-Z]/.test(word)
  const paths = tries.map((t) => t.path(lower))
  const out = new Set<string>()
  // Per letter a–z: does replacing (inserting) it at this offset give a word of some trie?
  const replaced = new Uint8Array(26)
  const inserted = new Uint8Array(26)
  for (let i = 0; i <= n; i++) {
    let deleted = false
    let swapped = false
    let live = false
    replaced.fill(0)
    inserted.fill(0)
    tries.forEach((trie, k) => {
      const node = paths[k]![i]!
      if (node < 0) return
      live = true
      if (i < n && !deleted) deleted = trie.rest(node, lower, i + 1)
      if (i < n - 1 && !swapped) swapped = trie.swapRest(node, lower, i)
      for (let c = trie.first[node]!; c >= 0; c = trie.sibling[c]!) {
        const letter = trie.label[c]! - 97
        if (letter < 0 || letter > 25) continue
        if (!inserted[letter] && trie.rest(c, lower, i)) inserted[letter] = 1
        if (i < n && !replaced[letter] && trie.rest(c, lower, i + 1)) replaced[letter] = 1
      }
    })
    // No word starts like this: nothing further on can be one either.
    if (!live) break
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (deleted) out.add(head + tail.slice(1))
    if (swapped) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (let letter = 0; letter < 26; letter++) {
      if (!replaced[letter] && !inserted[letter]) continue
      const c = String.fromCharCode(97 + letter)
      const cased = i === 0 && upperFirst ? c.toUpperCase() : c
      if (replaced[letter]) out.add(head + cased + tail.slice(1))
      if (inserted[letter]) out.add(head + cased + tail)
    }
  }
  out.delete(word)
  return [...out]
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
