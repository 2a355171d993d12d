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

/** For each stop word, the languages (indexes into `languages`) that list it. */
const listedIn = new Map<string, number[]>()
languages.forEach((set, i) => {
  for (const w of set) {
    const at = listedIn.get(w)
    if (at) at.push(i)
    else listedIn.set(w, [i])
  }
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
  return text.toLowerCase().match(wordRe) ?? []
}

/** How many of the words each language's list holds, in the lists' order. */
export function stopHits(words: readonly string[]): Int32Array {
  const hits = new Int32Array(languages.length)
  for (const w of words) {
    const at = listedIn.get(w)
    if (at) for (const i of at) hits[i]!++
  }
  return hits
}

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
  return listAt(bestList(stopHits(words)))
}

/** The English list, for rules that read English wording. */
export const englishStopwords: ReadonlySet<string> = english
