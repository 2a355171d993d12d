import * as lists from 'stopword'

/**
 * Stop-word lists by language (ISO 639-3 keys), from the `stopword` package:
 * jusText's idea needs one list per language, and maintaining 60 lists by hand
 * would be worse than taking a maintained collection.
 */
const byLanguage: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lists as Record<string, unknown>)
    .filter(
      (entry): entry is [string, string[]] => Array.isArray(entry[1]) && /^[a-z]{3}/.test(entry[0]),
    )
    .map(([lang, words]) => [lang, new Set(words.map((w) => w.toLowerCase()))]),
)

/** Lower-cased words of a text: runs of letters and digits, with inner apostrophes. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
}

/**
 * The stop-word list that covers most of a page's words: the page's language,
 * as far as stop words can tell, without a language detector.
 */
export function stopwordsFor(words: string[]): ReadonlySet<string> {
  let best: ReadonlySet<string> = byLanguage.get('eng') ?? new Set()
  let bestHits = 0
  for (const set of byLanguage.values()) {
    let hits = 0
    for (const w of words) if (set.has(w)) hits++
    if (hits > bestHits) {
      bestHits = hits
      best = set
    }
  }
  return best
}

/** The English list, for rules that read English wording. */
export const englishStopwords: ReadonlySet<string> = byLanguage.get('eng') ?? new Set()
