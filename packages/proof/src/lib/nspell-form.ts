/**
 * nspell 2.1's way of telling whether a string is a form of a dictionary
 * (its `form`, `exact`, `flag`, `casing`), step for step, for `suggest.ts`
 * and the fast `correct` of `DictionaryIndex`. nspell is MIT-licensed,
 * (c) Titus Wormer.
 */
import type { NSpellInternals } from './dictionary-index.ts'

type Data = NSpellInternals['data']
/** A dictionary entry (its flags), or undefined: `data[word]`. */
export type Lookup = (word: string) => Data[string]

export function normalize(value: string, patterns: [RegExp, string][]): string {
  for (const [re, to] of patterns) value = value.replace(re, to)
  return value
}

export function flag(values: Record<string, unknown>, name: string, flags: Data[string]): boolean {
  return Boolean(flags) && name in values && flags!.indexOf(values[name] as string) > -1
}

function exactCase(value: string): 'l' | 'u' | null {
  return value === value.toLowerCase() ? 'l' : value === value.toUpperCase() ? 'u' : null
}

/** `l`, `u`, `s` (sentence case) or null (mixed). */
export function casing(value: string): 'l' | 'u' | 's' | null {
  const head = exactCase(value.charAt(0))
  const tail = value.slice(1)
  if (!tail) return head
  const rest = exactCase(tail)
  if (head === rest) return head
  if (head === 'u' && rest === 'l') return 's'
  return null
}

/** Whether an ASCII string has lower-case and upper-case letters. */
function asciiCase(value: string): { lower: boolean; upper: boolean } {
  let lower = false
  let upper = false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 97 && c <= 122) lower = true
    else if (c >= 65 && c <= 90) upper = true
  }
  return { lower, upper }
}

/** nspell's `exact`, given `value`'s entry (read once by the caller). */
function exact(
  context: NSpellInternals,
  value: string,
  plain: boolean,
  entry: Data[string],
): boolean {
  if (entry) return !flag(context.flags, 'ONLYINCOMPOUND', entry)
  if (!plain && value.length >= context.flags.COMPOUNDMIN) {
    for (const rule of context.compoundRules) if (rule.test(value)) return true
  }
  return false
}

function ignore(flags: Record<string, unknown>, entry: Data[string]): boolean {
  return flag(flags, 'KEEPCASE', entry) || flag(flags, 'FORBIDDENWORD', entry)
}

/**
 * nspell's `form`: the known form of `value`, or null. `plain`: the caller
 * knows that trimming and the input conversions leave `value` alone and that
 * no compound rule can match it (`DictionaryIndex.isPlain`). `get` reads
 * the dictionary's entries.
 */
export function form(
  context: NSpellInternals,
  value: string,
  plain: boolean,
  get: Lookup,
): string | null {
  let normal = plain ? value : value.trim()
  if (!normal) return null
  if (!plain) normal = normalize(normal, context.conversion.in)
  // Each entry is read once: nspell reads it again for each flag, with the same answer.
  const entry = get(normal)
  if (exact(context, normal, plain, entry)) {
    if (flag(context.flags, 'FORBIDDENWORD', entry)) return null
    return normal
  }
  // A plain string's case is read from its letters, without making its upper-case copy.
  const letters = plain ? asciiCase(normal) : undefined
  if (letters ? !letters.lower : normal.toUpperCase() === normal) {
    const alternative = normal.charAt(0) + normal.slice(1).toLowerCase()
    const other = get(alternative)
    if (ignore(context.flags, other)) return null
    if (exact(context, alternative, plain, other)) return alternative
  }
  if (letters && !letters.upper) return null
  const alternative = normal.toLowerCase()
  if (alternative !== normal) {
    const other = get(alternative)
    if (ignore(context.flags, other)) return null
    if (exact(context, alternative, plain, other)) return alternative
  }
  return null
}
