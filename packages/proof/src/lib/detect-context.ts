import type { Block } from './block.ts'
import { type CheckContext, code, type Finding, frequency, functionWords } from './finding.ts'
import { startsSentence, wordsOf } from './tokens.ts'

/** Words that may stand twice in a row in good English (`that that`, `had had`). */
const fineDoubled = new Set(
  'that had do ha ho bye no so very really yeah blah tut knock chop bang boo hip hey oh yes'.split(
    ' ',
  ),
)

/** The same word twice in a row, with only a space between. */
export function detectDoubled(block: Block): Finding[] {
  const findings: Finding[] = []
  const tokens = wordsOf(block.value)
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!
    const b = tokens[i]!
    if (a.text.toLowerCase() !== b.text.toLowerCase()) continue
    if (!/^\s+$/.test(block.value.slice(a.end, b.start))) continue
    if (fineDoubled.has(b.text.toLowerCase())) continue
    // `Sirhan Sirhan`, `Walla Walla`: a name may repeat.
    if (/^\p{Lu}/u.test(b.text)) continue
    findings.push({
      start: a.start,
      end: b.end,
      ruleId: 'doubled-word',
      reason: `Unexpected doubled word ${code(b.text)}, expected it once`,
      actual: block.value.slice(a.start, b.end),
      expected: [a.text],
    })
  }
  return findings
}

/** Words after which an adjective stands: determiners, degree adverbs, copulas, `and`/`or`. */
const beforeAdjective = new Set(
  `a an the this that these those its their his her our your my some any no more most less least very too so
  quite rather fairly extremely increasingly relatively largely mostly mainly partly semi is are was were be been
  being become becomes became remain remains remained seem seems seemed and or but hot dry cold`.split(
    /\s+/,
  ),
)

/**
 * Is the adjective at token \`i\` where an adjective may stand? Before a
 * function word it is not (\`arid so on\`); after a determiner, degree adverb,
 * copula or a list of adjectives it is (\`the arid plain\`, \`hot, arid\`).
 */
function adjectiveContext(
  text: string,
  tokens: { text: string; start: number; end: number }[],
  i: number,
): boolean {
  const next = tokens[i + 1]
  if (next && functionWords.has(next.text.toLowerCase())) return false
  const prev = tokens[i - 1]
  if (!prev) return false
  const gap = text.slice(prev.end, tokens[i]!.start)
  if (/[,;]/.test(gap)) return true
  return beforeAdjective.has(prev.text.toLowerCase())
}

const numberWords =
  /^(?:\d[\d.,/]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|few|several|many)$/i

/**
 * OCR confusions that make real words, judged by context:
 * `arid` before a word that cannot follow an adjective is `and`; `ft` not
 * after a number is `It`/`it`; a word with `rn` or `m` is the other reading
 * when the text or anthology uses that reading and this one only once.
 */
export function detectConfusions(block: Block, ctx: CheckContext): Finding[] {
  const findings: Finding[] = []
  const tokens = wordsOf(block.value)
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase()
    const next = tokens[i + 1]
    const gapAfter = next ? block.value.slice(token.end, next.start) : ''
    const at = { start: token.start, end: token.end, actual: token.text }
    if (
      lower === 'arid' &&
      next &&
      /^\s+$/.test(gapAfter) &&
      !adjectiveContext(block.value, tokens, i)
    ) {
      const expected = token.text[0] === 'A' ? 'And' : 'and'
      findings.push({
        ...at,
        ruleId: 'ocr-confusion',
        reason: `Unexpected ${code(token.text)}, expected ${code(expected)}`,
        expected: [expected],
      })
      return
    }
    if (lower === 'ft') {
      const before =
        block.value
          .slice(Math.max(0, token.start - 12), token.start)
          .trim()
          .split(/\s+/)
          .at(-1) ?? ''
      if (numberWords.test(before) || /\d$/.test(before) || block.value[token.end] === '.') return
      const expected = startsSentence(block.value, token.start) ? 'It' : 'it'
      findings.push({
        ...at,
        ruleId: 'ocr-confusion',
        reason: `Unexpected ${code(token.text)}, expected ${code(expected)}`,
        expected: [expected],
      })
      return
    }
    if (ctx.lexicon && frequency(ctx, token.text) <= 1 && /rn|m/.test(token.text)) {
      const readings = [
        ...[...token.text.matchAll(/rn/g)].map(
          (m) => `${token.text.slice(0, m.index)}m${token.text.slice(m.index + 2)}`,
        ),
        ...[...token.text.matchAll(/m/g)].map(
          (m) => `${token.text.slice(0, m.index)}rn${token.text.slice(m.index + 1)}`,
        ),
      ]
      const other = readings.find((r) => frequency(ctx, r) >= 3 && ctx.lexicon!.isWord(r))
      if (other && ctx.lexicon.isWord(token.text)) {
        findings.push({
          ...at,
          ruleId: 'ocr-confusion',
          reason: `Unexpected ${code(token.text)}, expected ${code(other)} (used ${frequency(ctx, other)} times elsewhere)`,
          expected: [other],
        })
      }
    }
  })
  return findings
}
