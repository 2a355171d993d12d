/**
 * nspell 2.1's reading of a hunspell `.dic` (its `util/dictionary.js`,
 * `util/add.js`, `util/apply.js`, `util/rule-codes.js`), step for step, into
 * a `Map` instead of nspell's `data` object. Filling an object of 120,000
 * keys costs nspell most of its load time (each key goes through V8's
 * dictionary-mode insertion twice); a map takes a fraction of it. The
 * object is made from the map when something first reads `data` (nspell's
 * own `correct`, `suggest`, `add`): the plugins read only the map
 * (`DictionaryIndex.entry`). nspell is MIT-licensed, (c) Titus Wormer.
 */
import nspell from 'nspell'

type NSpell = ReturnType<typeof nspell>
type Entry = string[]

interface Rule {
  type: 'PFX' | 'SFX'
  combineable: boolean
  entries: { add: string; match?: RegExp; remove?: RegExp | string; continuation: string[] }[]
}

/** The parts of a fresh nspell instance (affixes read, no words yet) that reading words uses. */
interface Affixes {
  flags: Record<string, unknown> & { FLAG?: string; NEEDAFFIX?: string }
  rules: Record<string, Rule>
  compoundRuleCodes: Record<string, string[]>
}

/** The map of each speller made here: word → its flags, in nspell's order. */
const loaded = new WeakMap<object, Map<string, Entry>>()

/** The entries of a speller made by `openDictionary`, or undefined for one nspell filled itself. */
export const entriesOf = (speller: object): Map<string, Entry> | undefined => loaded.get(speller)

/**
 * An nspell instance for a hunspell dictionary, answering as `nspell({ aff,
 * dic })` does, with its words read into a map (`entriesOf`).
 */
export function openDictionary(aff: Buffer, dic: Buffer): NSpell {
  const speller = nspell(aff)
  const affixes = speller as unknown as Affixes
  const entries = new Map<string, Entry>()
  parse(dic, affixes, entries)
  // nspell builds its compound expressions from the codes the words filled in: a file with no words does just that.
  speller.dictionary(Buffer.from('\n'))
  Object.defineProperty(speller, 'data', {
    configurable: true,
    enumerable: true,
    get() {
      const data: Record<string, Entry> = Object.create(null)
      for (const [word, flags] of entries) data[word] = flags
      Object.defineProperty(speller, 'data', { value: data, writable: true, enumerable: true })
      return data
    },
  })
  loaded.set(speller, entries)
  return speller
}

/** `util/dictionary.js`: every line after the first that does not start with a tab. */
function parse(buf: Buffer, options: Affixes, dict: Map<string, Entry>): void {
  const value = buf.toString('utf8')
  let last = value.indexOf('\n') + 1
  let index = value.indexOf('\n', last)
  while (index > -1) {
    if (value.charCodeAt(last) !== 9) parseLine(value.slice(last, index), options, dict)
    last = index + 1
    index = value.indexOf('\n', last)
  }
  parseLine(value.slice(last), options, dict)
}

const whiteSpace = /\s/g

function parseLine(line: string, options: Affixes, dict: Map<string, Entry>): void {
  let slashOffset = line.indexOf('/')
  const hashOffset = line.indexOf('#')
  let codes = ''
  let word: string
  while (slashOffset > -1 && line.charCodeAt(slashOffset - 1) === 92) {
    line = line.slice(0, slashOffset - 1) + line.slice(slashOffset)
    slashOffset = line.indexOf('/', slashOffset)
  }
  // A hash can be a flag: only a hash before the slash (or without one) starts a comment.
  if (hashOffset > -1) {
    if (slashOffset > -1 && slashOffset < hashOffset) {
      word = line.slice(0, slashOffset)
      whiteSpace.lastIndex = slashOffset + 1
      const result = whiteSpace.exec(line)
      codes = line.slice(slashOffset + 1, result ? result.index : undefined)
    } else word = line.slice(0, hashOffset)
  } else if (slashOffset > -1) {
    word = line.slice(0, slashOffset)
    codes = line.slice(slashOffset + 1)
  } else word = line
  word = word.trim()
  if (word) add(dict, word, ruleCodes(options.flags, codes.trim()), options)
}

const NO_CODES: string[] = []

/** `util/rule-codes.js`. */
function ruleCodes(flags: Affixes['flags'], value: string): string[] {
  if (!value) return NO_CODES
  if (flags.FLAG === 'long') {
    const result = new Array<string>(Math.ceil(value.length / 2))
    for (let index = 0; index < value.length; index += 2)
      result[index / 2] = value.slice(index, index + 2)
    return result
  }
  return value.split(flags.FLAG === 'num' ? ',' : '')
}

/** nspell's one empty entry, shared by every derived form (as its `NO_RULES`). */
const NO_RULES: Entry = []

/** `util/add.js`'s `addRules`: the same word listed again adds its codes. */
function addRules(dict: Map<string, Entry>, word: string, rules: string[]): void {
  const current = dict.get(word)
  if (current !== undefined && current !== NO_RULES) current.push(...rules)
  else dict.set(word, rules.concat())
}

/** `util/add.js`: the word, then every form its affix rules make (combined once, prefix with suffix). */
function add(dict: Map<string, Entry>, word: string, codes: string[], options: Affixes): void {
  const { flags, rules, compoundRuleCodes } = options
  if (!('NEEDAFFIX' in flags) || codes.indexOf(flags.NEEDAFFIX as string) < 0)
    addRules(dict, word, codes)
  for (let position = 0; position < codes.length; position++) {
    const code = codes[position]!
    const rule = rules[code]
    if (code in compoundRuleCodes) compoundRuleCodes[code]!.push(word)
    if (!rule) continue
    const newWords = apply(word, rule, rules, [])
    for (const form of newWords) {
      if (!dict.has(form)) dict.set(form, NO_RULES)
      if (!rule.combineable) continue
      for (let sub = position + 1; sub < codes.length; sub++) {
        const combined = rules[codes[sub]!]
        if (!combined?.combineable || rule.type === combined.type) continue
        for (const other of apply(form, combined, rules, []))
          if (!dict.has(other)) dict.set(other, NO_RULES)
      }
    }
  }
}

/** `util/apply.js`: the forms one rule makes of `value`, continuation rules applied in turn. */
function apply(value: string, rule: Rule, rules: Record<string, Rule>, words: string[]): string[] {
  for (const entry of rule.entries) {
    if (entry.match && !entry.match.test(value)) continue
    let next = entry.remove ? value.replace(entry.remove, '') : value
    next = rule.type === 'SFX' ? next + entry.add : entry.add + next
    words.push(next)
    for (const code of entry.continuation ?? []) {
      const continuation = rules[code]
      if (continuation) apply(next, continuation, rules, words)
    }
  }
  return words
}
