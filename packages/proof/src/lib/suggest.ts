/**
 * nspell 2.1's `suggest`, step for step, with one change: work that cannot
 * find anything is skipped. nspell checks every string one edit from the
 * word, and when none is a word, every string one edit from each of up to
 * hundreds of those (a million checks, a third of a second for a rare word
 * such as `intraday`). Here a string is checked only when its lower case may
 * be a form of the dictionary, and a string's own edits are generated only
 * when one of them may be (`DictionaryIndex`); everything else — the order
 * of the edits, the batches, the weights, the sorting — is nspell's, so the
 * suggestions are the same, in the same order (the tests compare both).
 * nspell is MIT-licensed, (c) Titus Wormer.
 */
import type { DictionaryIndex, NSpellInternals } from './dictionary-index.ts'
import { casing, flag, normalize } from './nspell-form.ts'

interface Memory {
  /** true: a suggestion; false: a form flagged NOSUGGEST. No form is kept: nspell checks those again each time. */
  state: Map<string, boolean>
  weighted: Map<string, number>
  suggestions: string[]
}

const switchCase = (fragment: string) => {
  const first = fragment.charAt(0)
  return (
    (first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()) + fragment.slice(1)
  )
}

/**
 * nspell's `generate`: check every string one edit from each of `words`
 * (and `edits` first); returns the strings checked, as nspell does (a
 * string that is no form is listed each time it comes up). Around a plain
 * word the trie says which edits may be forms: only those are checked, the
 * rest only listed (`collect`) — a check of one could only list it.
 */
function generate(
  context: NSpellInternals,
  index: DictionaryIndex,
  memory: Memory,
  words: string[],
  edits?: string[],
  collect = true,
): string[] {
  const characters = context.flags.TRY
  const lowerCodes = index.tryLower()
  const result: string[] = []

  const check = (value: string, double = false) => {
    let state: boolean | null | undefined = memory.state.get(value)
    if (typeof state !== 'boolean') {
      result.push(value)
      const corrected = index.mayBeForm(value) ? index.form(value) : null
      state = corrected ? !flag(context.flags, 'NOSUGGEST', index.entry(corrected)) : null
      if (state !== null) memory.state.set(value, state)
      if (state) {
        memory.weighted.set(value, double ? 10 : 0)
        memory.suggestions.push(value)
      }
    }
    if (state) memory.weighted.set(value, memory.weighted.get(value)! + 1)
  }
  const visit = (value: string, mayBeForm: boolean) => {
    if (mayBeForm) check(value)
    else if (collect) result.push(value)
  }

  if (edits) for (const edit of edits) check(edit, true)

  for (const word of words) {
    const trie = index.trieFor(word)
    const lower = word.toLowerCase()
    // The trie node of the lower-cased `before`; -1 once no word starts so.
    let node = 0
    let before = ''
    let character = ''
    let nextCharacter = word.charAt(0)
    let nextAfter = word
    let nextNextAfter = word.slice(1)
    let nextUpper = nextCharacter.toLowerCase() !== nextCharacter
    const currentCase = casing(word)
    for (let position = 0; position <= word.length; position++) {
      before += character
      const after = nextAfter
      nextAfter = nextNextAfter
      nextNextAfter = nextAfter.slice(1)
      character = nextCharacter
      nextCharacter = word.charAt(position + 1)
      const upper = nextUpper
      if (nextCharacter) nextUpper = nextCharacter.toLowerCase() !== nextCharacter
      const removed = !trie || trie.rest(node, lower, position + 1)
      const switched = !trie || (nextAfter !== '' && trie.swapRest(node, lower, position))
      if (nextAfter && upper !== nextUpper) {
        visit(before + switchCase(nextAfter), removed)
        visit(before + switchCase(nextCharacter) + switchCase(character) + nextNextAfter, switched)
      }
      visit(before + nextAfter, removed)
      if (nextAfter) visit(before + nextCharacter + character + nextNextAfter, switched)
      for (let k = 0; k < characters.length; k++) {
        let inject = characters[k]!
        const child = trie ? trie.child(node, lowerCodes[k]!) : -1
        const added = !trie || trie.rest(child, lower, position)
        const replaced = !trie || trie.rest(child, lower, position + 1)
        if (upper && inject !== inject.toUpperCase()) {
          if (currentCase !== 's') {
            visit(before + inject + after, added)
            visit(before + inject + nextAfter, replaced)
          }
          inject = inject.toUpperCase()
          visit(before + inject + after, added)
          visit(before + inject + nextAfter, replaced)
        } else {
          visit(before + inject + after, added)
          visit(before + inject + nextAfter, replaced)
        }
      }
      if (trie) node = trie.child(node, lower.charCodeAt(position))
    }
  }
  return result
}

/** Suggestions for `input`, as nspell's `speller.suggest(input)` gives them. */
export function suggest(context: NSpellInternals, index: DictionaryIndex, input: string): string[] {
  const value = normalize(input.trim(), context.conversion.in)
  if (!value || index.correct(value)) return []
  const currentCase = casing(value)
  const edits: string[] = []

  // The replacement table: like nspell, each hit replaces the first occurrence.
  for (const [from, to] of context.replacementTable) {
    let offset = value.indexOf(from)
    while (offset > -1) {
      edits.push(value.replace(from, to))
      offset = value.indexOf(from, offset + 1)
    }
  }

  // Neighbouring keys.
  for (let i = 0; i < value.length; i++) {
    const character = value.charAt(i)
    const before = value.slice(0, i)
    const after = value.slice(i + 1)
    const insensitive = character.toLowerCase()
    const upper = insensitive !== character
    const added = new Set<string>()
    for (const group of context.flags.KEY) {
      const position = group.indexOf(insensitive)
      if (position < 0) continue
      for (let o = 0; o < group.length; o++) {
        if (o === position) continue
        let other = group.charAt(o)
        if (added.has(other)) continue
        added.add(other)
        if (upper) other = other.toUpperCase()
        edits.push(before + other + after)
      }
    }
  }

  // A doubled letter written once or a single one doubled, up to three times.
  let nextCharacter = value.charAt(0)
  let values = ['']
  let max = 1
  let distance = 0
  for (let i = 0; i < value.length; i++) {
    const character = nextCharacter
    nextCharacter = value.charAt(i + 1)
    const replacement = character === nextCharacter ? '' : character + character
    const count = values.length
    for (let offset = 0; offset < count; offset++) {
      if (offset <= max) values.push(values[offset] + replacement)
      values[offset] += character
    }
    if (++distance < 3) max = values.length
  }
  edits.push(...values)

  values = [value]
  const lower = value.toLowerCase()
  if (value === lower || currentCase === null)
    values.push(value.charAt(0).toUpperCase() + lower.slice(1))
  const upperValue = value.toUpperCase()
  if (value !== upperValue) values.push(upperValue)

  const memory: Memory = { state: new Map(), weighted: new Map(), suggestions: [] }
  const firstLevel = generate(context, index, memory, values, edits)

  // Two edits away, a batch of first-level strings at a time, until something is found.
  let previous = 0
  max = Math.min(firstLevel.length, Math.max(15 - value.length, 3) ** 3)
  const size = Math.max((10 - value.length) ** 3, 1)
  // Whether a string may have a form one edit away depends on its lower case only.
  const near = new Map<string, boolean>()
  while (memory.suggestions.length === 0 && previous < max) {
    const next = previous + size
    for (const word of firstLevel.slice(previous, next)) {
      const key = word.toLowerCase()
      let may = near.get(key)
      if (may === undefined) {
        may = index.mayHaveNeighbour(word)
        near.set(key, may)
      }
      // A string with no possible form one edit away adds nothing (nspell drops the strings listed here).
      if (may) generate(context, index, memory, [word], undefined, false)
    }
    previous = next
  }

  const weight = (s: string) => memory.weighted.get(s)!
  memory.suggestions.sort((a, b) => {
    const wa = weight(a)
    const wb = weight(b)
    const byWeight = wa === wb ? 0 : wa > wb ? -1 : 1
    if (byWeight) return byWeight
    const ca = casing(a)
    const cb = casing(b)
    const byCase = ca === cb ? 0 : ca === currentCase ? -1 : cb === currentCase ? 1 : undefined
    return byCase || a.localeCompare(b)
  })

  const out: string[] = []
  const seen: string[] = []
  for (const s of memory.suggestions) {
    const suggestion = normalize(s, context.conversion.out)
    const key = suggestion.toLowerCase()
    if (!seen.includes(key)) {
      out.push(suggestion)
      seen.push(key)
    }
  }
  return out
}
