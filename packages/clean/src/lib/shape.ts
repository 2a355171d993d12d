import type { Block } from './blocks.ts'
import { caseless } from './caseless.ts'
import { classAt, LETTER, NUMBER, step, UPPER } from './chars.ts'

/**
 * Shapes of blocks, read from length and punctuation alone: what a heading,
 * a name or a paragraph of prose looks like on any site.
 */

const particle =
  '(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|la|le|al|el|bin|ibn|y|e|af|zu)'
const nameWord =
  "(?:[\\p{Lu}][\\p{L}’'-]*\\.?|[\\p{Lu}]\\.(?:[\\p{Lu}]\\.)*|[\\p{Lu}][\\p{Ll}]*[’'][\\p{Lu}]?[\\p{L}]*)"
const nameRe = new RegExp(`^${nameWord}(?:\\s+(?:${particle}\\s+)*${nameWord}){1,4}$`, 'u')

/** Capitalised words that open titles, phrases and sentences but never a name. */
const notNames = new Set(
  'the a an this that these those our my your their his her its why how what when where who which on in of for against towards toward from to and with no not new after before about under over beyond although though while whilst if as since because but yet so then now here there also even still once until unless whether despite during'.split(
    ' ',
  ),
)

/** A person's name as bylines print it: two to five capitalised words, no digits. */
export function nameLike(text: string): boolean {
  const t = text.trim().replace(/\s+/gu, ' ')
  if (t.length > 50 || !nameRe.test(t) || /\d/u.test(t)) return false
  return !t.split(' ').some((w) => notNames.has(w.toLowerCase()))
}

/** Names joined by commas and "and"/"&": `A, B and C`. */
export function splitNames(text: string): string[] | undefined {
  const parts = text
    .trim()
    .replace(/[.,;:]+$/u, '')
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&|with)\s+/u)
    .map((p) => p.trim())
    .filter(Boolean)
  return parts.length > 0 && parts.length <= 5 && parts.every(nameLike) ? parts : undefined
}

/** Short, unpunctuated at the end, starting like a title: a heading or a title. */
export function headingLike(block: Block): boolean {
  const t = block.text
  if (block.words.length === 0 || block.words.length > 14 || t.length > 110) return false
  if (/[.,;]$/u.test(t) && !/\b(?:[A-Z]|etc|No|Vol|pp?)\.$/u.test(t)) return false
  if (!/^[\p{Lu}\p{N}‘“"'(¿¡«\p{Lo}]/u.test(t)) return false
  return block.sentences <= 1
}

/**
 * Prose: a sentence or more of running text in the page's language. Scripts
 * without spaces between words (Chinese, Japanese) are judged by length and
 * their own full stops.
 */
export function proseLike(block: Block): boolean {
  if (/[。！？]/u.test(block.text) && block.text.length >= 30) return true
  // Words of one character each: a script without spaces, where only full stops tell prose.
  if (block.text.length < 2.5 * block.words.length) return false
  if (block.words.length >= 20 && block.stopDensity >= 0.25) return true
  return block.words.length >= 8 && block.sentences >= 1 && block.stopDensity >= 0.2
}

/** Share of words that start with a capital letter (headlines and menus are high). */
export function capitalShare(text: string): number {
  const words = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? []
  if (words.length === 0) return 0
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length
}

const finiteRe = caseless(
  /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|i|we|you|he|she|they|it|this|these|there)\b|\w[’']s\s+(?:been|not)\b/iu,
)

/**
 * A caption's shape: one sentence naming what a picture showed, with no verb
 * of its own ("The block party on Front Street, organized by the tenants'
 * union."). Only words that must be verbs count: auxiliaries, pronouns, and a
 * past form not followed by "by".
 */
export function verbless(b: Block): boolean {
  if (b.sentences > 1 || b.words.length < 3 || b.words.length > 30) return false
  if (finiteRe.test(b.text)) return false
  const pastNotPassive = /\b\w{3,}ed\b(?!\s+(?:by|in|at|on|with|from|for|during|after|before)\b)/iu
  return !pastNotPassive.test(b.text.replace(/[,;:.!?]/gu, ' , '))
}

const smallWords = new Set(
  'a an the of in on at to for and or nor but with by from as vs via into over per de la le el der die das und et y e i'.split(
    ' ',
  ),
)

/** Words that a headline capitalises and a sentence does not ("Bill At Troy Steakhouse"). */
const headlineSmall = new Set(
  'at in to for of on with without after before from by as is are was and or will can could says about over into than'.split(
    ' ',
  ),
)

/**
 * A headline run into its teaser ("Ford Recalls F-150s; Loose Cable Can
 * Cause Stalling Ford is recalling…"): five or more capitalised words open
 * the text before the first lower-case one (small words such as "of" and
 * numbers don't stop the count), the run capitalises a small word as
 * headlines do, and five words or more follow it. A sentence rarely opens
 * so. The text is a block's, trimmed.
 */
const tokenRe = /\S+/g

export function runInHeadline(text: string): boolean {
  // Word by word, stopping at the first lower-case one: blocks can be long.
  const tokens = tokenRe
  tokens.lastIndex = 0
  let capitals = 0
  let headline = false
  let i = -1
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    i++
    const w = lettersAndDigits(m[0])
    if (!w) continue
    const first = classAt(w, 0)
    if (first & NUMBER) continue
    if (first & UPPER) {
      capitals++
      // A small word in capitals is a headline's mark; in a lead-in set all in capitals
      // ("CHEER ON Juniors as they…") it is not.
      if (i > 0 && headlineSmall.has(w.toLowerCase()) && w !== w.toUpperCase()) headline = true
    } else if (!smallWords.has(w.toLowerCase())) {
      if (capitals < 5 || !headline) return false
      // This word and four more.
      tokens.lastIndex = m.index
      for (let n = 0; n < 5; n++) if (!tokens.exec(text)) return false
      return true
    }
  }
  return false
}

/** A token without what precedes its first letter or digit and follows its last. */
function lettersAndDigits(token: string): string {
  let start = -1
  let end = 0
  for (let i = 0; i < token.length; ) {
    const c = classAt(token, i)
    const next = i + step(c)
    if (c & (LETTER | NUMBER)) {
      if (start < 0) start = i
      end = next
    }
    i = next
  }
  return start < 0 ? '' : token.slice(start, end)
}
