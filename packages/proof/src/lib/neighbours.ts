import { editList, ocrVariantsOf } from './edits.ts'
import { type CheckContext, frequency } from './finding.ts'
import type { Lexicon } from './spell.ts'

/**
 * The forms near an unknown word — known words, the anthology's names and
 * frequent forms one edit away, misreadings undone — that explain it as a
 * slip. What is found for a form depends on the form and the article only,
 * so each is worked out once per article (a name used ten times costs one
 * search), and the dictionary's part once per run (`Lexicon.knownEdits`).
 */

const isAscii = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false
  return true
}

/** Letters without accents, to tell a misspelling from an accent variant (`Óscar`, `Oscar`). */
export const bare = (w: string) =>
  isAscii(w) ? w.toLowerCase() : w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const startsUpper = (w: string) => /^\p{Lu}/u.test(w)

/** How often a form occurs in the text and the anthology, in any case (`the`, `The`). */
export function anyCase(ctx: CheckContext, word: string): number {
  const lower = word.toLowerCase()
  const upper = lower[0] ? lower[0].toUpperCase() + lower.slice(1) : lower
  return frequency(ctx, lower) + (upper === lower ? 0 : frequency(ctx, upper))
}

interface FormWork {
  corpus?: { word: string; freq: number }[]
  names?: string[]
  near?: string[]
  ocr?: string[]
  ocrStrong?: string[]
}

/** Per article (a context lives for one `proofFile`): what was found for each form. */
const work = new WeakMap<CheckContext, Map<string, FormWork>>()
const results = new WeakMap<CheckContext, Map<string, unknown>>()

/** A result that depends on the article and `key` only, worked out once per article. */
export function perArticle<T>(ctx: CheckContext, key: string, compute: () => T): T {
  let done = results.get(ctx)
  if (!done) {
    done = new Map()
    results.set(ctx, done)
  }
  if (done.has(key)) return done.get(key) as T
  const value = compute()
  done.set(key, value)
  return value
}

function workOf(ctx: CheckContext, word: string): FormWork {
  let forms = work.get(ctx)
  if (!forms) {
    forms = new Map()
    work.set(ctx, forms)
  }
  let found = forms.get(word)
  if (!found) {
    found = {}
    forms.set(word, found)
  }
  return found
}

/** Known words one edit away, those the text or anthology uses most first. */
export function neighbours(token: string, ctx: CheckContext, lexicon: Lexicon): string[] {
  const w = workOf(ctx, token)
  if (w.near) return w.near
  const found: { word: string; freq: number }[] = []
  const lowerStart = /^\p{Ll}/u.test(token)
  for (const cand of lexicon.knownEdits(token)) {
    if (lowerStart && startsUpper(cand)) continue
    found.push({ word: cand, freq: anyCase(ctx, cand) })
  }
  w.near = found.sort((a, b) => b.freq - a.freq || a.word.localeCompare(b.word)).map((f) => f.word)
  return w.near
}

/** `b` is `a` with two neighbouring letters swapped (`recieved`, `received`). */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]))
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  )
}

/** `b` is `a` with one letter doubled (`comittee`, `committee`). */
export function undoubled(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false
  for (let i = 1; i < b.length; i++)
    if (b[i] === b[i - 1] && b.slice(0, i) + b.slice(i + 1) === a) return true
  return false
}

/** True when `a` and `b` (same length ± 1) differ inside the word, not at its first or last letter. */
export function interiorEdit(a: string, b: string): boolean {
  return (
    a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1)
  )
}

/** `bare(a) === lower` for an ASCII `a` of the same length, without lowering it. */
function sameAsciiLower(a: string, lower: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower.charCodeAt(i)) return false
  }
  return true
}

/** `plural` is `singular` + `s` (without building that string for every candidate). */
const plural = (singular: string, plural: string) =>
  plural.length === singular.length + 1 && plural.endsWith('s') && plural.startsWith(singular)

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('')

/**
 * The corpus evidence: words or names one edit away that the text or the
 * anthology uses at least twice and twice as often. For a capitalised token
 * the evidence is a name the dictionary does not know (so the anthology
 * taught it), or a dictionary name changed inside the word (`Novermber`):
 * names that differ at their ends are usually different names (`Augusto`).
 */
export function corpusNeighbours(
  token: string,
  ctx: CheckContext,
  lexicon: Lexicon,
): { word: string; freq: number }[] {
  if (token.length < 4) return []
  const w = workOf(ctx, token)
  if (w.corpus) return w.corpus
  const own = frequency(ctx, token)
  const capital = startsUpper(token)
  const bareToken = bare(token)
  // The edits of an ASCII word are ASCII too (`editsOf` adds its letters and a–z): compared without lowering.
  const ascii = isAscii(token)
  const known = lexicon.knownEdits(token)
  const knownSet = capital ? new Set(known) : undefined
  const out: { word: string; freq: number }[] = []
  // A lower-case token takes only known words: the rest need not be looked up.
  // Edits that change the length and an end letter are never evidence: they are not made at all.
  for (const cand of knownSet ? editList(token, false) : known) {
    // Accents and a plural `s` make variants, not misspellings (`Óscar`, `Ocasios`).
    if (
      (cand.length === token.length &&
        (ascii ? sameAsciiLower(cand, bareToken) : bare(cand) === bareToken)) ||
      plural(cand, token) ||
      plural(token, cand)
    )
      continue
    // Forms that differ at their ends are often different words or names (`Augusto`),
    // unless a letter is changed and this very text writes the other form repeatedly (`L’Ordino`).
    const interior = interiorEdit(token, cand)
    if (!interior && cand.length !== token.length) continue
    const inText = ctx.counts.get(cand) ?? 0
    if (!interior && inText < 2) continue
    const freq = Math.max(ctx.corpus.get(cand) ?? 0, inText)
    if (!knownSet) {
      if (freq >= 2 && freq >= 2 * own) out.push({ word: cand, freq })
      continue
    }
    const isKnown = knownSet.has(cand)
    const taught = !isKnown && freq >= 3
    // `Unviersity`, `Safty`: letters swapped or dropped inside an ordinary word.
    let slip = false
    if (isKnown && !lexicon.isDictionaryName(cand)) {
      const all = anyCase(ctx, cand)
      // Letters swapped or one dropped; an extra letter is as often another name (`Persson`).
      slip =
        all >= 3 && all >= 2 * own && (cand.length === token.length + 1 || sameLetters(cand, token))
    }
    if (slip || ((inText >= 2 || taught) && freq >= 2 * own))
      out.push({ word: cand, freq: Math.max(freq, anyCase(ctx, cand)) })
  }
  w.corpus = out.sort((a, b) => b.freq - a.freq)
  return w.corpus
}

/**
 * Names the word lists hold, one edit from a capitalised unknown word
 * (`Poulanzas` → `Poulantzas`) — unless the text uses its own form more often
 * than the anthology uses the listed one (`Bornstein` is not `Bernstein`).
 */
export function nameNeighbours(token: string, ctx: CheckContext, lexicon: Lexicon): string[] {
  if (token.length < 4) return []
  const w = workOf(ctx, token)
  if (w.names) return w.names
  const own = ctx.counts.get(token) ?? 0
  const bareToken = bare(token)
  w.names = lexicon
    .listedEdits(token, () => editList(token))
    .filter(
      (c) =>
        lexicon.isListedName(c) &&
        startsUpper(c) &&
        bare(c) !== bareToken &&
        interiorEdit(token, c) &&
        (own <= 1 || frequency(ctx, c) >= own),
    )
  return w.names
}

/** Undo one multi-letter OCR confusion (`rn`/`m`, `li`/`h`, `cl`/`d`, `vv`/`w`) to reach a known word. */
export function ocrEvidence(
  token: string,
  ctx: CheckContext,
  lexicon: Lexicon,
  strong: boolean,
): string[] {
  if (token.length < 3) return []
  const w = workOf(ctx, token)
  const done = strong ? w.ocrStrong : w.ocr
  if (done) return done
  const found = ocrVariantsOf(token)
    .filter((v) => !strong || Math.abs(v.length - token.length) === 1)
    .filter((v) => lexicon.isWord(v) || frequency(ctx, v) >= 2)
    .sort((a, b) => anyCase(ctx, b) - anyCase(ctx, a))
  if (strong) w.ocrStrong = found
  else w.ocr = found
  return found
}
