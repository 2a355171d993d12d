import { type Block, tokensOf } from './block.ts'
import { type CheckContext, code, type Finding, frequency, functionWords } from './finding.ts'
import {
  anyCase,
  bare,
  corpusNeighbours,
  interiorEdit,
  nameNeighbours,
  neighbours,
  ocrEvidence,
  perArticle,
  swapped,
  undoubled,
} from './neighbours.ts'
import type { Lexicon } from './spell.ts'
import { elision, startsSentence } from './tokens.ts'

const isCapitalised = (w: string) => /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w) && /\p{Ll}/u.test(w)
const isLower = (w: string) => w === w.toLowerCase()
export const isLatin = (w: string): boolean => /^[\p{Script=Latin}\p{M}'’-]+$/u.test(w)

/** `the`, `The`: give a candidate the token's own capital. */
function caseLike(token: string, candidate: string): string {
  if (/^\p{Lu}/u.test(token) && /^\p{Ll}/u.test(candidate))
    return candidate[0]!.toUpperCase() + candidate.slice(1)
  return candidate
}

/**
 * Splits of a run-together token into two words, best first. A split is
 * evidence when one part is a function word (`shiftsof`), or when the text
 * writes the two words apart elsewhere; two content words alone are more
 * often a closed compound the dictionary lacks (`rollout`, `whistleblower`).
 */
export function splitsOf(
  token: string,
  lexicon: Lexicon,
  ctx?: CheckContext,
  sentenceStart = false,
): string[] {
  if (token.length < 4) return []
  const out: { split: string; score: number }[] = []
  for (let i = 1; i < token.length; i++) {
    const a = token.slice(0, i)
    const b = token.slice(i)
    const al = a.toLowerCase()
    const bl = b.toLowerCase()
    if (/['’-]$/.test(a) || /^['’-]/.test(b)) continue
    if ((al.length === 1 && al !== 'a' && al !== 'i') || (bl.length === 1 && bl !== 'a')) continue
    if (!lexicon.isWord(a) || !lexicon.isWord(/^\p{Lu}/u.test(b) ? b : bl)) continue
    const fn = (functionWords.has(al) ? 1 : 0) + (functionWords.has(bl) ? 1 : 0)
    const apart = (ctx?.pairs.get(`${al} ${bl}`) ?? 0) > 0
    // A possessive or contraction glued to the next word (`artist’simpression`, `isn’tusing`).
    const glued = /['’](?:s|t|re|ve|ll|d)$/i.test(a)
    if (fn === 0 && !apart && !glued) continue
    if (/^\p{Lu}/u.test(token) && !apart && !glued) {
      if (sentenceStart) {
        // Opening a sentence: only a function word in front (`Therefreshing`, `Whilemost`).
        if (!functionWords.has(al) || bl.length < 3) continue
      } else if (a === 'I') {
        // The pronoun glued to a word (`Ipromise`).
        if (bl.length < 3) continue
      } else if (
        !strongJoins.has(bl) ||
        (ctx ? frequency(ctx, a) : 0) === 0 ||
        !((lexicon.isName(a) && !lexicon.isWord(al)) || al.length >= 6)
      ) {
        // A name is split only on a strong function word after a form the anthology uses
        // alone: a name (`Nixonand`) or a long word (`Laboratoryin`); never `Juston`, `Marchand`.
        continue
      }
    }
    out.push({
      split: `${a} ${b}`,
      score: fn * 10 + (apart ? 20 : 0) + Math.min(al.length, bl.length),
    })
  }
  return out.sort((x, y) => y.score - x.score).map((x) => x.split)
}

/**
 * Two content words of three letters or more: a closed compound the
 * dictionary lacks (`rollout`, `roadmap`) — unless the text uses both words
 * on their own, when two words run together is likelier (`fivecameras`).
 */
function compoundOf(
  token: string,
  lexicon: Lexicon,
  ctx: CheckContext,
): { compound: boolean; split?: string } {
  let compound = false
  for (let i = 3; i <= token.length - 3; i++) {
    const a = token.slice(0, i)
    const b = token.slice(i)
    if (!lexicon.isWord(a) || !lexicon.isWord(b)) continue
    if ((ctx.counts.get(a) ?? 0) > 0 && (ctx.counts.get(b) ?? 0) > 0)
      return { compound: false, split: `${a} ${b}` }
    compound = true
  }
  return { compound }
}

const strongJoins = new Set('and for of the to in with from that was were said has had'.split(' '))

/** A CamelCase token made of two forms the text uses apart (`LarryOgunjobi`, `onSaturday`). */
function camelSplit(token: string, ctx: CheckContext, lexicon: Lexicon): string | undefined {
  if ((ctx.counts.get(token) ?? 0) > 1) return undefined
  for (const m of token.matchAll(/(?<=\p{Ll})(?=\p{Lu})/gu)) {
    const a = token.slice(0, m.index)
    const b = token.slice(m.index)
    if (a.length < 2 && a !== 'a') continue
    // `chiefKristinn`: a lower-case word glued to a capital; `SoftBankGroup`: two forms the text uses alone.
    const leftOk = isLower(a) ? lexicon.isWord(a) : (ctx.counts.get(a) ?? 0) > 0
    // A lower-case word before capitals is a brand (`macOS`) unless it is a function word (`theNSC`).
    const rightOk = isLower(a)
      ? b.length >= 2 && (/\p{Ll}/u.test(b) || functionWords.has(a))
      : (ctx.counts.get(b) ?? 0) > 0
    if (leftOk && rightOk) return `${a} ${b}`
  }
  return undefined
}

/**
 * Non-words. A lower-case unknown word is reported with the best explanation
 * found: a spelling the text or anthology uses more often, two words run
 * together, letters misread, or the dictionary's suggestions. A capitalised
 * unknown word is a name until shown otherwise: it is reported only with
 * evidence (a known name or a frequent form one edit away, a misreading
 * undone, a function word run into it). A word the text uses more than once
 * is its vocabulary, reported only with evidence.
 */
export function detectSpelling(block: Block, ctx: CheckContext): Finding[] {
  const lexicon = ctx.lexicon
  if (!lexicon) return []
  const findings: Finding[] = []
  for (const token of tokensOf(block)) {
    // A token ends in a letter; an apostrophe at the end would be dropped.
    const last = token.text.charCodeAt(token.text.length - 1)
    const word = last === 0x27 || last === 0x2019 ? token.text.slice(0, -1) : token.text
    if (lexicon.isWord(word) || word.length < 2 || !isLatin(word) || lexicon.isWord(bare(word)))
      continue
    if (lexicon.isOtherVariant(word)) continue
    // An elision (`’tis`, `rock ’n’ roll`) is a word with its apostrophe.
    const before = token.start > 0 ? block.value.charCodeAt(token.start - 1) : 0
    if ((before === 0x27 || before === 0x2019) && elision.test(word)) continue
    // A suspended hyphen (`pre- and post-war`) leaves a prefix standing alone.
    if (/^-\s/.test(block.value.slice(token.end, token.end + 2))) continue
    const at = { start: token.start, end: token.start + word.length, actual: word }
    const report = (ruleId: string, expected: string[], why: string) =>
      findings.push({
        ...at,
        ruleId,
        reason: `Unexpected ${code(word)}, expected ${code(expected[0]!)}${why ? ` (${why})` : ''}`,
        expected: expected.slice(0, 3),
      })

    if (!isLower(word) && !isCapitalised(word)) {
      const split = camelSplit(word, ctx, lexicon)
      if (split) report('run-together', [split], 'words run together')
      continue
    }
    const capital = isCapitalised(word)
    const own = ctx.counts.get(word) ?? 0
    const sentenceStart = startsSentence(block.value, token.start)
    if (!capital && own > 1) {
      // A lower-case word the text uses more than once is its vocabulary, unless it is one
      // letter from a word the anthology uses all the time (`tghe`) or a misreading (`tirne`).
      // Letters swapped or a doubled letter written once are slips even when repeated (`recieved`, `comittee`).
      const common = neighbours(word, ctx, lexicon).filter(
        (n) =>
          anyCase(ctx, n) >= 50 * own ||
          (interiorEdit(word, n) && (swapped(word, n) || undoubled(word, n))),
      )
      const misread = ocrEvidence(word, ctx, lexicon, true).filter(
        (o) => anyCase(ctx, o) >= 2 * own,
      )
      if (common.length > 0) report('spelling', common, 'unknown word')
      else if (misread.length > 0) report('ocr-confusion', misread, 'letters misread')
      continue
    }
    const corpus = corpusNeighbours(word, ctx, lexicon)
    const names = capital ? nameNeighbours(word, ctx, lexicon) : []
    const splits = perArticle(ctx, `splits ${sentenceStart} ${word}`, () =>
      splitsOf(word, lexicon, ctx, sentenceStart),
    )
    const ocr = ocrEvidence(word, ctx, lexicon, capital)

    if (names.length > 0 || corpus.length > 0) {
      report(
        'corpus-spelling',
        [...new Set([...names, ...corpus.map((c) => c.word)])],
        names[0] ? 'a known name' : `used ${corpus[0]!.freq} times elsewhere`,
      )
      continue
    }
    if (splits.length > 0) {
      report('run-together', splits, 'words run together')
      continue
    }
    const near = capital ? [] : neighbours(word, ctx, lexicon)
    if (
      ocr.length > 0 &&
      (capital || near.length === 0 || near.some((n) => n.toLowerCase() === ocr[0]!.toLowerCase()))
    ) {
      report(
        'ocr-confusion',
        ocr.map((o) => caseLike(word, o)),
        'letters misread',
      )
      continue
    }
    if (capital) {
      // Opening a sentence, a misspelt common word (`Teh`, `Mroe`) rather than a name.
      if (!sentenceStart || own > 1) continue
      const common = lexicon.knownEdits(word.toLowerCase()).filter((c) => frequency(ctx, c) >= 5)
      if (common.length === 0) continue
      common.sort((a, b) => frequency(ctx, b) - frequency(ctx, a))
      report(
        'spelling',
        common.map((c) => caseLike(word, c)),
        'unknown word',
      )
      continue
    }
    if (word.length < 3) continue
    const compound = perArticle(ctx, `compound ${word}`, () => compoundOf(word, lexicon, ctx))
    if (compound.split && near.length === 0) {
      report('run-together', [compound.split], 'words run together')
      continue
    }
    // A closed compound or a prefixed coinage, unless a known word is one letter away (`everthing`, `premission`).
    if ((compound.compound || lexicon.isPrefixed(word)) && near.length === 0) continue
    let expected = near.slice(0, 5)
    if (expected.length === 0 && word.length <= 20) expected = lexicon.suggest(word).slice(0, 5)
    // An unknown word nothing resembles is more often a rare word than a slip.
    if (expected.length === 0) continue
    report('spelling', [...new Set(expected)], 'unknown word')
  }
  return findings
}
