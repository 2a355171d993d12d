import { readFile } from 'node:fs/promises'
import type nspell from 'nspell'
import { type DictionaryIndex, indexOf, internalsOf, Trie } from './dictionary-index.ts'
import { openDictionary } from './dictionary-load.ts'
import { editsIn, editsOf } from './edits.ts'
import { suggest } from './suggest.ts'

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
  /**
   * Verdicts that are the same in every article (is this form a word, its
   * suggestions), kept for the whole run: `loadSpellers()` makes one.
   * Without it each text starts afresh.
   */
  cache?: SpellCache
}

/** What one `Lexicon` (a variant and its word lists) has worked out, for every text that shares them. */
interface LexiconMemo {
  lower: Set<string>
  exact: Set<string>
  /** The capitalised entries in capitals: they accept the word in capitals too. */
  exactUpper: Set<string>
  /** Every entry in lower case, in capitals or as written: what a plain word must be to be listed. */
  anyCase: Set<string>
  words: Map<string, boolean>
  other: Map<string, boolean>
  /** Form → the known words one edit from it, in `editsOf` order. */
  edits: Map<string, string[]>
  /** Form → `isPrefixed`. */
  prefixed: Map<string, boolean>
  /** Form of plain letters → `listedEdits`. */
  listed: Map<string, string[]>
  /** `anyCase` as a trie, to find list words near a form. */
  trie?: Trie
}

/**
 * Per-run memory of the dictionaries' verdicts, keyed by word form: a word's
 * verdict and suggestions are the same in every article, so a long run
 * checks each form once. Lives in the `Spellers` object, passed in like the
 * dictionaries; holds no more than the distinct forms looked up.
 */
export class SpellCache {
  private readonly suggestions = new Map<NSpell, Map<string, string[]>>()
  private readonly lexicons = new Map<string, LexiconMemo>()
  /** Per dictionary: word → nspell's `correct(word)`, shared by every text (and `decideVariant`). */
  private readonly known = new Map<NSpell, Map<string, boolean>>()
  /** Word → bit 1: en-US knows it, bit 2: en-GB knows it (`decideVariant` asks for every word of every text). */
  readonly variants = new Map<string, number>()
  /** The automatic fixes' table of misread forms (`ocrTable`), made once. */
  ocr?: Map<string, string>

  /** `speller.correct(word)`, each word asked once per run. */
  correct(speller: NSpell, word: string): boolean {
    let known = this.known.get(speller)
    if (!known) {
      known = new Map()
      this.known.set(speller, known)
    }
    let ok = known.get(word)
    if (ok === undefined) {
      ok = indexOf(speller).correct(word)
      known.set(word, ok)
    }
    return ok
  }

  suggestionsOf(speller: NSpell): Map<string, string[]> {
    let map = this.suggestions.get(speller)
    if (!map) {
      map = new Map()
      this.suggestions.set(speller, map)
    }
    return map
  }

  lexicon(variant: Variant, words: readonly string[]): LexiconMemo {
    const key = `${variant}\u0000${words.join('\u0000')}`
    let memo = this.lexicons.get(key)
    if (!memo) {
      memo = {
        lower: new Set(),
        exact: new Set(),
        exactUpper: new Set(),
        anyCase: new Set(),
        words: new Map(),
        other: new Map(),
        edits: new Map(),
        prefixed: new Map(),
        listed: new Map(),
      }
      for (const word of words) {
        const w = straight(word)
        if (w === w.toLowerCase()) memo.lower.add(w)
        else {
          memo.exact.add(w)
          memo.exactUpper.add(w.toUpperCase())
          memo.anyCase.add(w.toUpperCase().toLowerCase())
        }
        memo.anyCase.add(w.toLowerCase())
      }
      this.lexicons.set(key, memo)
    }
    return memo
  }
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
    openDictionary(
      Buffer.from(d.aff.buffer, d.aff.byteOffset, d.aff.byteLength),
      Buffer.from(d.dic.buffer, d.dic.byteOffset, d.dic.byteLength),
    )
  return {
    'en-US': open(us.default),
    'en-GB': open(gb.default),
    words: parseWordList(words),
    cache: new SpellCache(),
  }
}

const prefixes =
  'co re pre post non anti pro counter semi sub self ex neo ultra inter multi over under mid de dis mis un trans super hyper proto out'.split(
    ' ',
  )

const straight = (word: string) =>
  /[’‘‐]/.test(word) ? word.replace(/[’‘]/g, "'").replace(/‐/g, '-') : word
const letters = /^[A-Za-z]+$/

/**
 * One text's view of the language: a speller for its variant, the word list
 * and the anthology's own words. Names in the lists keep their capital (a
 * capitalised entry accepts the word capitalised or in capitals); lower-case
 * entries accept any case.
 */
export class Lexicon {
  readonly speller: NSpell
  readonly other: NSpell
  private readonly memo: LexiconMemo
  private readonly index: DictionaryIndex
  private readonly cache: SpellCache
  private readonly suggested: Map<string, string[]>

  constructor(
    spellers: Spellers,
    readonly variant: Variant,
    extraWords: readonly string[] = [],
  ) {
    this.speller = spellers[variant]
    this.other = spellers[variant === 'en-US' ? 'en-GB' : 'en-US']
    const cache = spellers.cache ?? new SpellCache()
    this.cache = cache
    this.memo = cache.lexicon(variant, [...spellers.words, ...extraWords])
    this.index = indexOf(this.speller)
    this.suggested = cache.suggestionsOf(this.speller)
  }

  /** True when the list or the dictionary knows `word` exactly as written (case rules aside). */
  private knows(word: string, speller: NSpell): boolean {
    const { lower, exact, exactUpper } = this.memo
    if (lower.has(word.toLowerCase()) || exact.has(word)) return true
    if (word.length > 1 && word === word.toUpperCase() && exactUpper.has(word)) return true
    return this.cache.correct(speller, word)
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
    let known = this.memo.prefixed.get(word)
    if (known === undefined) {
      const w = straight(word).toLowerCase()
      known = prefixes.some(
        (p) => w.startsWith(p) && w.length - p.length >= 5 && this.isWord(w.slice(p.length)),
      )
      this.memo.prefixed.set(word, known)
    }
    return known
  }

  /** Is `word` a word of this text's variant (or of the lists)? */
  isWord(word: string): boolean {
    const hit = this.memo.words.get(word)
    if (hit !== undefined) return hit
    // Plain letters need no possessive, contraction or compound rule: the lists or the dictionary know them or not.
    const ok = letters.test(word) ? this.knows(word, this.speller) : this.check(word, this.speller)
    this.memo.words.set(word, ok)
    return ok
  }

  /** Is `word` a word of the other variant only (`colour` in an American text)? */
  isOtherVariant(word: string): boolean {
    if (this.isWord(word)) return false
    let ok = this.memo.other.get(word)
    if (ok === undefined) {
      ok = this.check(word, this.other)
      this.memo.other.set(word, ok)
    }
    return ok
  }

  /** The known words one edit from `word` (`editsOf`, in its order). */
  knownEdits(word: string): readonly string[] {
    let known = this.memo.edits.get(word)
    if (!known) {
      // Plain letters: only the edits the dictionary or the lists may hold need a look (see `isWord`).
      let candidates: Iterable<string>
      if (letters.test(word) && this.index.exact) {
        this.memo.trie ??= Trie.of([...this.memo.anyCase])
        candidates = editsIn(word, [this.index.forms(), this.memo.trie])
      } else candidates = editsOf(word)
      known = []
      for (const cand of candidates) if (this.isWord(cand)) known.push(cand)
      this.memo.edits.set(word, known)
    }
    return known
  }

  /**
   * The forms one edit from `word` (`editsOf` order) that may be capitalised
   * list entries: for plain letters, only those whose lower case a list holds;
   * else `all()`.
   */
  listedEdits(word: string, all: () => string[]): string[] {
    if (!letters.test(word)) return all()
    let found = this.memo.listed.get(word)
    if (!found) {
      this.memo.trie ??= Trie.of([...this.memo.anyCase])
      found = editsIn(word, [this.memo.trie])
      this.memo.listed.set(word, found)
    }
    return found
  }

  /** A name the lists or the dictionary know only with a capital (`Lenin`, not `lenin`). */
  isName(word: string): boolean {
    const w = straight(word)
    if (w === w.toLowerCase()) return false
    return this.isListedName(w) || this.isDictionaryName(w)
  }

  /** A capitalised entry of the word lists. */
  isListedName(word: string): boolean {
    return this.memo.exact.has(straight(word))
  }

  /** A capitalised entry of the dictionary itself (`March`, `Lenin`; not `Council`). */
  isDictionaryName(word: string): boolean {
    return this.index.entry(word) !== undefined
  }

  /** The dictionary's suggestions, as nspell's `suggest` gives them (call only for words already found wrong). */
  suggest(word: string): readonly string[] {
    const w = straight(word)
    let out = this.suggested.get(w)
    if (!out) {
      out = suggest(internalsOf(this.speller), this.index, w)
      this.suggested.set(w, out)
    }
    return out
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
  const seen = new Map<string, number>()
  for (const word of words) seen.set(word, (seen.get(word) ?? 0) + 1)
  return tallyVariants(spellers, seen.keys(), seen)
}

/** `decideVariant` of distinct words, each counted `times.get(word)` times (once without `times`). */
export function tallyVariants(
  spellers: Spellers,
  forms: Iterable<string>,
  times?: ReadonlyMap<string, number>,
): { variant: Variant; us: number; gb: number } {
  let us = 0
  let gb = 0
  for (const word of forms) {
    const n = times ? times.get(word)! : 1
    if (word.length < 4) continue
    const cache = spellers.cache
    let known = cache?.variants.get(word)
    if (known === undefined) {
      const us = cache
        ? cache.correct(spellers['en-US'], word)
        : indexOf(spellers['en-US']).correct(word)
      const gb = cache
        ? cache.correct(spellers['en-GB'], word)
        : indexOf(spellers['en-GB']).correct(word)
      known = (us ? 1 : 0) | (gb ? 2 : 0)
      cache?.variants.set(word, known)
    }
    const inUs = (known & 1) !== 0
    const inGb = (known & 2) !== 0
    if (inUs && !inGb) us += n
    else if (inGb && !inUs) gb += n
  }
  return { variant: gb > us ? 'en-GB' : 'en-US', us, gb }
}
