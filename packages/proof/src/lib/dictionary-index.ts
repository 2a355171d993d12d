import type nspell from 'nspell'
import { entriesOf } from './dictionary-load.ts'
import { form, type Lookup } from './nspell-form.ts'

type NSpell = ReturnType<typeof nspell>

/** The parts of an nspell 2.x instance that its `correct` and `suggest` read. */
export interface NSpellInternals {
  data: Record<string, string[] | string | undefined>
  flags: Record<string, unknown> & { KEY: string[]; TRY: string[]; COMPOUNDMIN: number }
  replacementTable: [string, string][]
  conversion: { in: [RegExp, string][]; out: [RegExp, string][] }
  compoundRules: RegExp[]
  correct(value: string): boolean
}

export const internalsOf = (speller: NSpell) => speller as unknown as NSpellInternals

/** Each dictionary's index, kept beside it (keyed by identity) for as long as it lives. */
const indexes = new WeakMap<NSpell, DictionaryIndex>()

/** The index of a dictionary (`DictionaryIndex`): made once per dictionary, its parts built on first use. */
export function indexOf(speller: NSpell): DictionaryIndex {
  let index = indexes.get(speller)
  if (!index) {
    index = new DictionaryIndex(internalsOf(speller))
    indexes.set(speller, index)
  }
  return index
}

/** Letters, apostrophe and hyphen, ASCII: strings a dictionary's case rules treat plainly. */
const plain = /^[A-Za-z'-]+$/

/**
 * A compound rule as nspell builds it — groups `(?:w1|w2)` each optionally
 * followed by `*` or `?` — that cannot match without a digit: some group
 * that must occur has a digit in every word (`1st`, `2nd` in the English
 * dictionaries).
 */
function needsDigit(rule: RegExp): boolean {
  const groups = [...rule.source.matchAll(/\(\?:([^()]*)\)([*?]?)/g)]
  if (groups.map((g) => g[0]).join('') !== rule.source) return false
  const digitWord = (w: string) => /^[\p{L}\p{N}']+$/u.test(w) && /\d/.test(w)
  return groups.some((g) => g[2] === '' && g[1]!.split('|').every(digitWord))
}

/**
 * Shortcuts that give nspell's own answers faster. A string of plain
 * letters is a form of the dictionary only if the dictionary has it as
 * written, in lower case, or (in capitals) in sentence case: that is all
 * nspell's `form` tries, and its compound rules need digits. The trie of
 * the forms in lower case, built when `suggest` first needs it, rules out a
 * string all of whose one-edit neighbours are no forms. Used only where the
 * shortcuts hold (`exact`); the dictionary must not change after (nothing in
 * samizdat adds words to it).
 */
export class DictionaryIndex {
  /** True when the shortcuts give nspell's own answers (see above). */
  readonly exact: boolean
  private trie: Trie | undefined
  private keys: readonly string[] | undefined
  /** The speller's entries: read into a map by `openDictionary`, else made from `data` when first needed. */
  private entries: ReadonlyMap<string, NSpellInternals['data'][string]> | undefined
  /** Lower-case characters that `suggest` inserts (nspell's `TRY`). */
  private readonly tryCodes = new Set<number>()

  constructor(private readonly speller: NSpellInternals) {
    this.entries = entriesOf(speller)
    // A literal input conversion with a character no plain string has (`’` → `'`) leaves plain strings alone.
    const conversionsPlain = speller.conversion.in.every(
      ([re]) =>
        !re.flags.includes('i') &&
        !/[\\^$.*+?()[\]{}|]/.test(re.source) &&
        [...re.source].some((c) => !plain.test(c)),
    )
    const tryPlain = speller.flags.TRY.every((c) => plain.test(c))
    this.exact = conversionsPlain && tryPlain && speller.compoundRules.every(needsDigit)
    for (const c of speller.flags.TRY) this.tryCodes.add(c.toLowerCase().charCodeAt(0))
  }

  /** True when the shortcuts hold for `value`: plain letters, and `exact`. */
  isPlain(value: string): boolean {
    return this.exact && plain.test(value)
  }

  /**
   * The dictionary's entry for `word`, as `data[word]`. Kept in a map as well:
   * a string key into an object of 120,000 keys is looked up through V8's
   * table of all strings, several times slower.
   */
  readonly entry: Lookup = (word) => {
    if (!this.entries) {
      const data = this.speller.data
      this.entries = new Map(this.allKeys().map((k) => [k, data[k]]))
    }
    return this.entries.get(word)
  }

  /** Every word of the dictionary, in its order. */
  private allKeys(): readonly string[] {
    this.keys ??= this.entries ? [...this.entries.keys()] : Object.keys(this.speller.data)
    return this.keys
  }

  /** nspell's `form(value)`: the form of the dictionary `value` is, or null. */
  form(value: string): string | null {
    return form(this.speller, value, this.isPlain(value), this.entry)
  }

  /** nspell's `correct(value)`, without its compound rules and conversions where they cannot apply. */
  correct(value: string): boolean {
    return this.form(value) !== null
  }

  /** False only when `value` is surely no form of the dictionary (nspell's `form` would give null). */
  mayBeForm(value: string): boolean {
    if (!this.exact || !plain.test(value)) return true
    if (this.entry(value) !== undefined) return true
    const lower = value.toLowerCase()
    if (lower !== value && this.entry(lower) !== undefined) return true
    return (
      value === value.toUpperCase() && this.entry(value.charAt(0) + lower.slice(1)) !== undefined
    )
  }

  /** The trie to steer `suggest` around `word` with, when the shortcuts hold for it. */
  trieFor(word: string): Trie | undefined {
    if (!this.exact || !plain.test(word)) return undefined
    return this.forms()
  }

  /** Every form of the dictionary in lower case (built on first use, about 0.1 s). */
  forms(): Trie {
    this.trie ??= Trie.of(this.allKeys())
    return this.trie
  }

  /** Lower-case codes of nspell's `TRY` characters, in its order. */
  tryLower(): number[] {
    return this.speller.flags.TRY.map((c) => c.toLowerCase().charCodeAt(0))
  }

  /**
   * False only when no string one edit from `word` (delete, swap, insert or
   * replace with a `TRY` character, any case) can be a form: then nspell's
   * `suggest` finds nothing around it.
   */
  mayHaveNeighbour(word: string): boolean {
    const trie = this.trieFor(word)
    return trie ? trie.nearOne(word.toLowerCase(), this.tryCodes) : true
  }
}

/** A trie of lower-case strings in flat arrays, children as linked lists. Node 0 is the root. */
export class Trie {
  private constructor(
    /** Each node's character code. */
    readonly label: Uint16Array,
    private readonly end: Uint8Array,
    /** Each node's first child, or -1. */
    readonly first: Int32Array,
    /** Each node's next sibling, or -1. */
    readonly sibling: Int32Array,
    /** Nodes with many children: where their table starts in `table`, else -1. */
    private readonly dense: Int32Array,
    /** Per dense node, 128 slots: the child labelled with that ASCII code, or -1. */
    private readonly table: Int32Array,
  ) {}

  /** The nodes of `word`'s prefixes: `[i]` holds `word.slice(0, i)`'s node, or -1. */
  path(word: string): Int32Array {
    const nodes = new Int32Array(word.length + 1).fill(-1)
    let node = 0
    for (let i = 0; i <= word.length && node >= 0; i++) {
      nodes[i] = node
      if (i < word.length) node = this.child(node, word.charCodeAt(i))
    }
    return nodes
  }

  /** The trie of `keys` in lower case. */
  static of(keys: readonly string[]): Trie {
    let size = 1
    for (const key of keys) size += key.length
    const label = new Uint16Array(size)
    const end = new Uint8Array(size)
    const first = new Int32Array(size).fill(-1)
    const sibling = new Int32Array(size).fill(-1)
    let next = 1
    // Dictionary keys come in runs that share a stem: start from the last key's path.
    let previous = ''
    let path = new Int32Array(64)
    for (const key of keys) {
      const word = key.toLowerCase()
      if (word.length + 1 > path.length) {
        const longer = new Int32Array(word.length * 2)
        longer.set(path)
        path = longer
      }
      let shared = 0
      while (shared < word.length && shared < previous.length && word[shared] === previous[shared])
        shared++
      let node = path[shared]!
      for (let i = shared; i < word.length; i++) {
        const code = word.charCodeAt(i)
        let c = first[node]!
        while (c >= 0 && label[c] !== code) c = sibling[c]!
        if (c < 0) {
          c = next++
          label[c] = code
          sibling[c] = first[node]!
          first[node] = c
        }
        node = c
        path[i + 1] = node
      }
      end[node] = 1
      previous = word
    }
    // The nodes near the root have dozens of children: give those a table instead of a list walk.
    const dense = new Int32Array(next).fill(-1)
    let tables = 0
    for (let node = 0; node < next; node++) {
      let count = 0
      for (let c = first[node]!; c >= 0; c = sibling[c]!) count++
      if (count >= 8) dense[node] = 128 * tables++
    }
    const table = new Int32Array(128 * tables).fill(-1)
    for (let node = 0; node < next; node++) {
      if (dense[node]! < 0) continue
      for (let c = first[node]!; c >= 0; c = sibling[c]!)
        if (label[c]! < 128) table[dense[node]! + label[c]!] = c
    }
    return new Trie(label, end, first, sibling, dense, table)
  }

  /** The child of `node` labelled `code`, or -1 (also for node -1). */
  child(node: number, code: number): number {
    if (node < 0) return -1
    const at = this.dense[node]!
    if (at >= 0 && code < 128) return this.table[at + code]!
    let c = this.first[node]!
    while (c >= 0 && this.label[c] !== code) c = this.sibling[c]!
    return c
  }

  /** Does `word.slice(from)` lead from `node` to the end of a word? */
  rest(node: number, word: string, from: number): boolean {
    for (let i = from; i < word.length && node >= 0; i++)
      node = this.child(node, word.charCodeAt(i))
    return node >= 0 && this.end[node] === 1
  }

  /** Does `word` with letters `at` and `at + 1` swapped, from `at` on, lead from `node` to a word's end? */
  swapRest(node: number, word: string, at: number): boolean {
    node = this.child(this.child(node, word.charCodeAt(at + 1)), word.charCodeAt(at))
    return node >= 0 && this.rest(node, word, at + 2)
  }

  /** A word equal to `word` or one edit from it (inserted or replacing characters from `codes`). */
  nearOne(word: string, codes: Set<number>): boolean {
    if (this.rest(0, word, 0)) return true
    let node = 0
    for (let p = 0; p <= word.length && node >= 0; p++) {
      if (p < word.length) {
        if (this.rest(node, word, p + 1)) return true
        if (p + 1 < word.length && this.swapRest(node, word, p)) return true
      }
      for (let c = this.first[node]!; c >= 0; c = this.sibling[c]!) {
        if (!codes.has(this.label[c]!)) continue
        if (this.rest(c, word, p) || (p < word.length && this.rest(c, word, p + 1))) return true
      }
      node = p < word.length ? this.child(node, word.charCodeAt(p)) : -1
    }
    return false
  }
}
