import { type Block, skipOf, tokensOf } from './block.ts'
import { type CheckContext, code, determiners, type Finding, frequency } from './finding.ts'
import { quoteEdits } from './quotes.ts'
import { inSpans, isAbbreviation, lowerOf, startsSentence } from './tokens.ts'

/**
 * Stray punctuation inside a sentence: a full stop or exclamation mark
 * followed by a lower-case word (`has. been`, `point! in`) where the word
 * before is no abbreviation; doubled marks (`,,`, `;,`, `..`).
 */
export function detectStrayPunctuation(block: Block, ctx?: CheckContext): Finding[] {
  const text = block.value
  const skip = skipOf(block)
  const findings: Finding[] = []
  // Both patterns try every offset: a quick test for what each cannot match without comes first.
  const strayStop = /[.!] +\p{Ll}/u.test(text)
  const doubled = /[,;:][,;:.]|\.[,;]|\.\./.test(text)
  if (!strayStop && !doubled) return findings
  for (const m of strayStop
    ? text.matchAll(/([\p{L}.]*\p{L})([.!])( +)(\p{Ll}[\p{L}’'-]*)/gu)
    : []) {
    if (inSpans(skip, m.index, m.index + m[0].length)) continue
    const word = m[1]!
    if (m[2] === '.' && isAbbreviation(word)) continue
    // Short forms no dictionary knows and capitals (`ID.`) are abbreviations too.
    if (
      m[2] === '.' &&
      (word === word.toUpperCase() ||
        (word.length <= 4 && ctx?.lexicon && !ctx.lexicon.isWord(word)))
    )
      continue
    const mark = m.index + word.length
    if (text[mark - word.length - 1] === '.' || text[mark + 1] === '.') continue
    findings.push({
      start: m.index,
      end: m.index + m[0].length,
      ruleId: 'stray-punctuation',
      reason: `Unexpected ${code(m[2]!)} inside a sentence, expected none`,
      actual: m[0],
      expected: [`${word}${m[3]}${m[4]}`],
    })
  }
  for (const m of doubled
    ? text.matchAll(/(?<![.,;:])([,;:][,;:.]|(?<![\p{L}]\.?\p{L}?)\.[,;]|(?<!\.)\.\.(?!\.))/gu)
    : []) {
    if (inSpans(skip, m.index, m.index + m[0].length)) continue
    // `etc.,` and `i.e.,` are an abbreviation's stop and a comma.
    const before = /([\p{L}.]+)\.[,;]$/u.exec(
      text.slice(Math.max(0, m.index - 12), m.index + m[0].length),
    )
    if (before && isAbbreviation(before[1]!)) continue
    findings.push({
      start: m.index,
      end: m.index + m[0].length,
      ruleId: 'stray-punctuation',
      reason: `Unexpected ${code(m[0])}, expected one mark`,
      actual: m[0],
      expected: [m[0][1] === ',' || m[0][1] === ';' ? m[0][1]! : m[0][0]!],
    })
  }
  return findings
}

/**
 * A capital in mid-sentence on an ordinary word (`to Combat economic
 * sabotage`). Capitalised words after a determiner or inside a run of
 * capitalised words are names and titles (`the Provisional Government`,
 * `Department of Justice`); a word the text capitalises more than once is
 * the author's choice.
 */
export function detectMidCapital(block: Block, ctx: CheckContext): Finding[] {
  const lexicon = ctx.lexicon
  if (!lexicon || block.kind === 'heading') return []
  const text = block.value
  const tokens = tokensOf(block)
  const findings: Finding[] = []
  tokens.forEach((token, i) => {
    const w = token.text
    const first = w.charCodeAt(0)
    // Lower-case ASCII first: the common case, no capital.
    if ((first >= 0x61 && first <= 0x7a) || w.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return
    const prev = tokens[i - 1]
    const prev2 = tokens[i - 2]
    const next = tokens[i + 1]
    if (!prev || !next) return
    if (
      !/^ $/.test(text.slice(prev.end, token.start)) ||
      !/^ $/.test(text.slice(token.end, next.start))
    )
      return
    if (startsSentence(text, token.start)) return
    if (!/^\p{Ll}/u.test(prev.text) || !/^\p{Ll}/u.test(next.text)) return
    if (determiners.has(lowerOf(prev))) return
    if (prev2 && /^\p{Lu}/u.test(prev2.text)) return
    if (frequency(ctx, w) > 1) return
    const lower = w.toLowerCase()
    if (!lexicon.isWord(lower) || lexicon.isName(w)) return
    findings.push({
      start: token.start,
      end: token.end,
      ruleId: 'mid-sentence-capital',
      reason: `Unexpected capital in ${code(w)} in mid-sentence, expected ${code(lower)}`,
      actual: w,
      expected: [lower],
    })
  })
  return findings
}

/** Quote marks turned the wrong way or with a space inside (typography fixes them; the report shows them). */
export function detectQuotes(block: Block): Finding[] {
  const text = block.value
  return quoteEdits(text, skipOf(block))
    .filter((e) => e.kind !== 'straight')
    .map((e) => {
      const start = Math.max(0, e.start - (e.kind === 'spacing' ? 1 : 0))
      const end = Math.min(text.length, e.end + (e.kind === 'spacing' ? 1 : 0))
      const actual = text.slice(start, end)
      const expected = text.slice(start, e.start) + e.replacement + text.slice(e.end, end)
      return {
        start,
        end,
        ruleId: e.kind === 'spacing' ? 'quote-spacing' : 'quote-direction',
        reason:
          e.kind === 'spacing'
            ? `Unexpected space inside quote marks, expected ${code(expected)}`
            : `Unexpected ${code(actual)} turned the wrong way, expected ${code(expected)}`,
        actual,
        expected: [expected],
      }
    })
}
