import { readFile } from 'node:fs/promises'
import nspell from 'nspell'

type NSpell = ReturnType<typeof nspell>

/** The spelling variants samizdat can check against. */
export type Variant = 'en-US' | 'en-GB'

/** What `loadSpellers()` reads, passed to the plugins as an option (plugins do no I/O). */
export interface Spellers {
  /** American English (`dictionary-en`). */
  'en-US': NSpell
  /** British English (`dictionary-en-gb`). */
  'en-GB': NSpell
  /** The package's word list (`data/words.txt`): names and movement vocabulary. */
  words: readonly string[]
}

/** Parse a word list: one word a line, `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
}

/**
 * Load both dictionaries and the package word list. One nspell instance per
 * variant: merging two hunspell dictionaries into one instance makes their
 * affix rules clash.
 */
export async function loadSpellers(): Promise<Spellers> {
  const [us, gb, words] = await Promise.all([
    import('dictionary-en'),
    import('dictionary-en-gb'),
    readFile(new URL('../../data/words.txt', import.meta.url), 'utf8'),
  ])
  const open = (d: { aff: Uint8Array; dic: Uint8Array }) =>
    nspell({
      aff: Buffer.from(d.aff.buffer, d.aff.byteOffset, d.aff.byteLength),
      dic: Buffer.from(d.dic.buffer, d.dic.byteOffset, d.dic.byteLength),
    })
  return { 'en-US': open(us.default), 'en-GB': open(gb.default), words: parseWordList(words) }
}

const prefixes =
  'co re pre post non anti pro counter semi sub self ex neo ultra inter multi over under mid de dis mis un trans super hyper proto out'.split(
    ' ',
  )

const straight = (word: string) => word.replace(/[’‘]/g, "'").replace(/‐/g, '-')

/**
 * One text's view of the language: a speller for its variant, the word list
 * and the anthology's own words. Names in the lists keep their capital (a
 * capitalised entry accepts the word capitalised or in capitals); lower-case
 * entries accept any case.
 */
export class Lexicon {
  readonly speller: NSpell
  readonly other: NSpell
  private readonly lower = new Set<string>()
  private readonly exact = new Set<string>()
  private readonly cache = new Map<string, boolean>()

  constructor(
    spellers: Spellers,
    readonly variant: Variant,
    extraWords: readonly string[] = [],
  ) {
    this.speller = spellers[variant]
    this.other = spellers[variant === 'en-US' ? 'en-GB' : 'en-US']
    for (const word of [...spellers.words, ...extraWords]) {
      const w = straight(word)
      if (w === w.toLowerCase()) this.lower.add(w)
      else this.exact.add(w)
    }
  }

  /** True when the list or the dictionary knows `word` exactly as written (case rules aside). */
  private knows(word: string, speller: NSpell): boolean {
    if (this.lower.has(word.toLowerCase()) || this.exact.has(word)) return true
    if (word.length > 1 && word === word.toUpperCase()) {
      for (const e of this.exact) if (e.toUpperCase() === word) return true
    }
    return speller.correct(word)
  }

  private check(word: string, speller: NSpell): boolean {
    const w = straight(word)
    if (this.knows(w, speller)) return true
    // Possessives: `Lenin's`, `workers'`.
    const base = w.replace(/'s$/i, '').replace(/s'$/i, 's')
    if (base !== w && base.length > 0 && this.knows(base, speller)) return true
    // Contractions: `there'll`, `they've`, `who'd`.
    const contracted = /^(.+)'(?:ll|ve|re|d|s)$/i.exec(w)?.[1]
    if (contracted && this.knows(contracted, speller)) return true
    // Compounds: `working-class`, `co-ordinating`, `anti-ICE`.
    if (w.includes('-')) {
      const parts = w.split('-').filter((p) => p !== '')
      if (this.knows(parts.join(''), speller)) return true
      return parts.every(
        (p, i) =>
          (i < parts.length - 1 && prefixes.includes(p.toLowerCase())) || this.check(p, speller),
      )
    }
    return false
  }

  /** A known word behind a common prefix (`delegitimized`, `refoundation`): a likely coinage, not a slip. */
  isPrefixed(word: string): boolean {
    const w = straight(word).toLowerCase()
    return prefixes.some(
      (p) => w.startsWith(p) && w.length - p.length >= 5 && this.isWord(w.slice(p.length)),
    )
  }

  /** Is `word` a word of this text's variant (or of the lists)? */
  isWord(word: string): boolean {
    const hit = this.cache.get(word)
    if (hit !== undefined) return hit
    const ok = this.check(word, this.speller)
    this.cache.set(word, ok)
    return ok
  }

  /** Is `word` a word of the other variant only (`colour` in an American text)? */
  isOtherVariant(word: string): boolean {
    return !this.isWord(word) && this.check(word, this.other)
  }

  /** A name the lists or the dictionary know only with a capital (`Lenin`, not `lenin`). */
  isName(word: string): boolean {
    const w = straight(word)
    if (w === w.toLowerCase()) return false
    return this.isListedName(w) || this.isDictionaryName(w)
  }

  /** A capitalised entry of the word lists. */
  isListedName(word: string): boolean {
    return this.exact.has(straight(word))
  }

  /** A capitalised entry of the dictionary itself (`March`, `Lenin`; not `Council`). */
  isDictionaryName(word: string): boolean {
    const data = (this.speller as unknown as { data?: Record<string, unknown> }).data
    if (data) return data[word] !== undefined
    return this.speller.correct(word) && !this.speller.correct(word.toLowerCase())
  }

  /** Dictionary suggestions (slow: call only for words already found wrong). */
  suggest(word: string): string[] {
    return this.speller.suggest(straight(word))
  }
}

/**
 * Decide a text's variant from the words only one of the two dictionaries
 * accepts (`colour`, `organise` against `color`, `organize`).
 */
export function decideVariant(
  spellers: Spellers,
  words: Iterable<string>,
): { variant: Variant; us: number; gb: number } {
  let us = 0
  let gb = 0
  const seen = new Map<string, number>()
  for (const word of words) seen.set(word, (seen.get(word) ?? 0) + 1)
  for (const [word, n] of seen) {
    if (word.length < 4) continue
    const inUs = spellers['en-US'].correct(word)
    const inGb = spellers['en-GB'].correct(word)
    if (inUs && !inGb) us += n
    else if (inGb && !inUs) gb += n
  }
  return { variant: gb > us ? 'en-GB' : 'en-US', us, gb }
}
