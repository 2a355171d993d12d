import { type Block, tokensOf } from './block.ts'
import { type CheckContext, code, type Finding, frequency, functionWords } from './finding.ts'
import { lowerOf, sameWord, startsSentence, type Token } from './tokens.ts'

/** Words that may stand twice in a row in good English (`that that`, `had had`). */
const fineDoubled = new Set(
  'that had do ha ho bye no so very really yeah blah tut knock chop bang boo hip hey oh yes'.split(
    ' ',
  ),
)

/** The same word twice in a row, with only a space between. */
export function detectDoubled(block: Block): Finding[] {
  const findings: Finding[] = []
  const tokens = tokensOf(block)
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!
    const b = tokens[i]!
    if (!sameWord(a, b)) continue
    if (!/^\s+$/.test(block.value.slice(a.end, b.start))) continue
    if (fineDoubled.has(lowerOf(b))) continue
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
function adjectiveContext(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (next && functionWords.has(lowerOf(next))) return false
  const prev = tokens[i - 1]
  if (!prev) return false
  const gap = text.slice(prev.end, tokens[i]!.start)
  if (/[,;]/.test(gap)) return true
  return beforeAdjective.has(lowerOf(prev))
}

const numberWords =
  /^(?:\d[\d.,/]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|few|several|many)$/i

/** The first reading of `word` with one `rn` read as `m`, or else one `m` as `rn`, that `ok` accepts. */
function otherReading(word: string, ok: (reading: string) => boolean): string | undefined {
  for (let i = word.indexOf('rn'); i >= 0; i = word.indexOf('rn', i + 1)) {
    const reading = `${word.slice(0, i)}m${word.slice(i + 2)}`
    if (ok(reading)) return reading
  }
  for (let i = word.indexOf('m'); i >= 0; i = word.indexOf('m', i + 1)) {
    const reading = `${word.slice(0, i)}rn${word.slice(i + 1)}`
    if (ok(reading)) return reading
  }
  return undefined
}

/**
 * OCR confusions that make real words, judged by context:
 * `arid` before a word that cannot follow an adjective is `and`; `ft` not
 * after a number is `It`/`it`; a word with `rn` or `m` is the other reading
 * when the text or anthology uses that reading and this one only once.
 */
export function detectConfusions(block: Block, ctx: CheckContext): Finding[] {
  const findings: Finding[] = []
  const tokens = tokensOf(block)
  tokens.forEach((token, i) => {
    // Only `arid` and `ft` are compared in lower case: other lengths need no lowering.
    const length = token.text.length
    const lower = length === 4 || length === 2 ? lowerOf(token) : ''
    const next = tokens[i + 1]
    if (
      lower === 'arid' &&
      next &&
      /^\s+$/.test(block.value.slice(token.end, next.start)) &&
      !adjectiveContext(block.value, tokens, i)
    ) {
      const expected = token.text[0] === 'A' ? 'And' : 'and'
      findings.push({
        start: token.start,
        end: token.end,
        actual: token.text,
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
        start: token.start,
        end: token.end,
        actual: token.text,
        ruleId: 'ocr-confusion',
        reason: `Unexpected ${code(token.text)}, expected ${code(expected)}`,
        expected: [expected],
      })
      return
    }
    // Only a known word can be the wrong reading of another: the others are spelling's.
    if (
      ctx.lexicon &&
      /rn|m/.test(token.text) &&
      frequency(ctx, token.text) <= 1 &&
      ctx.lexicon.isWord(token.text)
    ) {
      const other = otherReading(
        token.text,
        (r) => frequency(ctx, r) >= 3 && ctx.lexicon!.isWord(r),
      )
      if (other) {
        findings.push({
          start: token.start,
          end: token.end,
          actual: token.text,
          ruleId: 'ocr-confusion',
          reason: `Unexpected ${code(token.text)}, expected ${code(other)} (used ${frequency(ctx, other)} times elsewhere)`,
          expected: [other],
        })
      }
    }
  })
  return findings
}
