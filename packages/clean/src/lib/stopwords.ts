import * as lists from 'stopword'

/**
 * Stop-word lists by language (ISO 639-3 keys), from the `stopword` package:
 * jusText's idea needs one list per language, and maintaining 60 lists by hand
 * would be worse than taking a maintained collection.
 */
const entries = Object.entries(lists as Record<string, unknown>).filter(
  (entry): entry is [string, string[]] => Array.isArray(entry[1]) && /^[a-z]{3}/.test(entry[0]),
)
const languages: readonly ReadonlySet<string>[] = entries.map(
  ([, words]) => new Set(words.map((w) => w.toLowerCase())),
)
const english: ReadonlySet<string> =
  languages[entries.findIndex(([lang]) => lang === 'eng')] ?? new Set()

/**
 * Stop words grouped by the languages that list them (a few hundred distinct
 * sets for ~13,000 words): a block counts its hits per group, and a
 * language's hits are the sum over the groups that hold it. Counting per
 * language directly costs a loop over every language of every word.
 */
const groupLanguages: number[][] = []
/** For each stop word, its group (an index into `groupLanguages`). */
const groupOf = new Map<string, number>()
{
  const listedIn = new Map<string, number[]>()
  languages.forEach((set, i) => {
    for (const w of set) {
      const at = listedIn.get(w)
      if (at) at.push(i)
      else listedIn.set(w, [i])
    }
  })
  const groupByKey = new Map<string, number>()
  for (const [w, at] of listedIn) {
    const key = at.join(',')
    let group = groupByKey.get(key)
    if (group === undefined) {
      group = groupLanguages.push(at) - 1
      groupByKey.set(key, group)
    }
    groupOf.set(w, group)
  }
}
/**
 * A cheap hash of a word (its length and four of its characters) marks the
 * stop words in `stopShapes`; two words in three of a text have an unmarked
 * hash and skip the map (where a fresh string is hashed in full and compared).
 */
function shapeOf(w: string): number {
  const n = w.length
  const h = (n * 131 + w.charCodeAt(0)) * 131 + w.charCodeAt(n > 1 ? 1 : 0)
  return ((h * 131 + w.charCodeAt(n - 1)) * 131 + w.charCodeAt(n >> 1)) & 0xfffff
}
const stopShapes = new Uint8Array(0x100000)
for (const w of groupOf.keys()) stopShapes[shapeOf(w)] = 1
/** Whether group g holds language i: `inGroup[g * languages.length + i]`. */
const inGroup = new Uint8Array(groupLanguages.length * languages.length)
groupLanguages.forEach((at, g) => {
  for (const i of at) inGroup[g * languages.length + i] = 1
})

/** Chinese characters and Japanese kana: scripts that write words without spaces. */
const unspaced = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}'
// Built from a string: the `v` flag (class subtraction) is newer than the compile target.
const wordRe = new RegExp(
  `[${unspaced}]|[[\\p{L}\\p{N}]--[${unspaced}]]+(?:['’][\\p{L}--[${unspaced}]]+)*`,
  'gv',
)

/**
 * Lower-cased words of a text: runs of letters and digits, with inner
 * apostrophes followed by letters (`/[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu`).
 * Chinese characters and Japanese kana count one by one: those scripts put
 * no space between words, and a character is nearer a word than a line is.
 * One pattern with class subtraction (`v`) does it: faster than a loop over
 * the characters, which it replaced (`test/matching.test.ts` compares them).
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  return (beyondAsciiRe.test(text) ? lower.match(wordRe) : lower.match(asciiWordRe)) ?? []
}

/**
 * A character beyond printable ASCII, tabs and line breaks, other than the
 * punctuation and spaces most pages add to it (no-break space, ©, «, », ·,
 * soft hyphen, the General Punctuation block: dashes, curly quotes, ellipsis),
 * none of them a letter or a digit. A text without one has only ASCII letters
 * and digits, and a plain pattern splits it the same way, several times
 * faster than `wordRe`.
 */
const beyondAsciiRe = /[^\t\n\r -~\u00A0\u00A9\u00AB\u00AD\u00B7\u00BB\u2000-\u206F]/
const asciiWordRe = /[a-z0-9]+(?:['’][a-z]+)*/g

/**
 * A text's stop words as pairs (group, how many words of that group), in
 * the order the groups first occur: what `addHits` and `hitsIn` read.
 */
export type StopCounts = readonly number[]

// Scratch space for `stopCounts`: one counter per group, reset after each call.
const counters = new Int32Array(groupLanguages.length)
const touched: number[] = []

/** The stop words among the words, counted by group. */
export function stopCounts(words: readonly string[]): StopCounts {
  for (const w of words) {
    if (!stopShapes[shapeOf(w)]) continue
    const group = groupOf.get(w)
    if (group !== undefined && counters[group]!++ === 0) touched.push(group)
  }
  // A plain array: a typed array per block weighs several times more.
  const out = new Array<number>(touched.length * 2)
  touched.forEach((group, k) => {
    out[2 * k] = group
    out[2 * k + 1] = counters[group]!
    counters[group] = 0
  })
  touched.length = 0
  return out
}

/** Adds a text's hits for each language (in the lists' order) to `hits`. */
export function addHits(hits: Int32Array, counts: StopCounts): void {
  for (let k = 0; k < counts.length; k += 2) {
    const n = counts[k + 1]!
    for (const i of groupLanguages[counts[k]!]!) hits[i]! += n
  }
}

/** How many of a text's words the list (by index, as `bestList` gives it) holds. */
export function hitsIn(counts: StopCounts, list: number): number {
  let n = 0
  for (let k = 0; k < counts.length; k += 2)
    if (inGroup[counts[k]! * languages.length + list]) n += counts[k + 1]!
  return n
}

/** A zeroed count of hits for each language, for `addHits`. */
export const noHits = (): Int32Array => new Int32Array(languages.length)

/**
 * The list with the most hits (the first of equals; English when none has
 * any): the page's language, as far as stop words can tell, without a
 * language detector.
 */
export function bestList(hits: Int32Array): number {
  let best = -1
  let bestHits = 0
  hits.forEach((n, i) => {
    if (n > bestHits) {
      bestHits = n
      best = i
    }
  })
  return best < 0 ? languages.indexOf(english) : best
}

/** The stop-word list by its index, as `bestList` gives it. */
export function listAt(i: number): ReadonlySet<string> {
  return languages[i] ?? english
}

/** The index of a list, or -1 for a set that is not one of the languages' lists. */
export function indexOfList(set: ReadonlySet<string>): number {
  return languages.indexOf(set)
}

/** The stop-word list that covers most of a page's words. */
export function stopwordsFor(words: string[]): ReadonlySet<string> {
  const hits = noHits()
  addHits(hits, stopCounts(words))
  return listAt(bestList(hits))
}

/** The English list, for rules that read English wording. */
export const englishStopwords: ReadonlySet<string> = english
