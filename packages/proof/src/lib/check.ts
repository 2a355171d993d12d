import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { z } from 'zod'
import { type Block, blocksOf, placeOf, tokensOf } from './block.ts'
import { detectConfusions, detectDoubled } from './detect-context.ts'
import { detectMidCapital, detectQuotes, detectStrayPunctuation } from './detect-marks.ts'
import { detectSpelling, isLatin } from './detect-spelling.ts'
import type { CheckContext, Detector, Finding } from './finding.ts'
import { validate } from './options.ts'
import { Lexicon, type Spellers, tallyVariants, type Variant } from './spell.ts'
import { sameLower, wordsOf } from './tokens.ts'

const isSpellers = (v: unknown): v is Spellers =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Spellers)['en-US']?.correct === 'function' &&
  typeof (v as Spellers)['en-GB']?.correct === 'function' &&
  Array.isArray((v as Spellers).words)

export const checkOptionsSchema = z
  .object({
    /** From `loadSpellers()`; without them the spelling rules are off. */
    spellers: z.custom<Spellers>(isSpellers, 'Expected the result of loadSpellers()').optional(),
    /** The anthology's own words (names, terms), on top of the package list. */
    words: z.array(z.string().min(1)).optional(),
    /** Word form → frequency in the whole anthology (see `countWords`). */
    corpusWords: z
      .custom<Map<string, number>>((v) => v instanceof Map, 'Expected a Map of word → count')
      .optional(),
    /** Spelling variant; `auto` decides per text from the words only one dictionary knows. */
    variant: z.enum(['auto', 'en-US', 'en-GB']).optional(),
    /** Rules to turn off, by id (`proof:mid-sentence-capital`) or short id. */
    off: z.array(z.string().min(1)).optional(),
  })
  .strict()

export type CheckOptions = z.infer<typeof checkOptionsSchema>

/** Detectors in order of trust: where two findings overlap, the first one's stands. */
const detectors: [string[], Detector][] = [
  [['doubled-word'], detectDoubled],
  [['ocr-confusion'], detectConfusions],
  [['spelling', 'corpus-spelling', 'ocr-confusion', 'run-together'], detectSpelling],
  [['stray-punctuation'], detectStrayPunctuation],
  [['quote-direction', 'quote-spacing'], detectQuotes],
  [['mid-sentence-capital'], detectMidCapital],
]

/** Count the word forms of some trees: the `corpusWords` option for a whole anthology. */
export function countWords(
  trees: Iterable<Root>,
  into = new Map<string, number>(),
): Map<string, number> {
  // Words found here are not kept beside the nodes: a whole anthology's would stay in memory.
  for (const tree of trees) {
    for (const block of blocksOf(tree)) {
      for (const token of wordsOf(block.value))
        into.set(token.text, (into.get(token.text) ?? 0) + 1)
    }
  }
  return into
}

/** The word forms of one article and how often each occurs (its words kept for the detectors). */
function countBlocks(blocks: Block[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    for (const token of tokensOf(block)) counts.set(token.text, (counts.get(token.text) ?? 0) + 1)
  }
  return counts
}

/**
 * How often the text has two words side by side, one space apart
 * (`shifts of`, asked in lower case as `"shifts of"`). Only run-together
 * words ask, a few times a text: each answer is counted when first asked.
 */
function pairCounter(blocks: Block[]): (pair: string) => number {
  const known = new Map<string, number>()
  return (pair) => {
    let n = known.get(pair)
    if (n !== undefined) return n
    const space = pair.indexOf(' ')
    const a = pair.slice(0, space)
    const b = pair.slice(space + 1)
    n = 0
    for (const block of blocks) {
      const tokens = tokensOf(block)
      for (let i = 1; i < tokens.length; i++) {
        const x = tokens[i - 1]!
        const y = tokens[i]!
        if (y.start !== x.end + 1 || block.value.charCodeAt(x.end) !== 32) continue
        if (sameLower(x, a) && sameLower(y, b)) n++
      }
    }
    known.set(pair, n)
    return n
  }
}

function findingsOf(
  blocks: Block[],
  ctx: CheckContext,
  off: Set<string>,
): { block: Block; finding: Finding }[] {
  const out: { block: Block; finding: Finding }[] = []
  for (const block of blocks) {
    const taken: Finding[] = []
    for (const [ids, detect] of detectors) {
      if (ids.every((id) => off.has(id))) continue
      for (const finding of detect(block, ctx)) {
        if (off.has(finding.ruleId)) continue
        if (taken.some((t) => finding.start < t.end && finding.end > t.start)) continue
        taken.push(finding)
      }
    }
    taken.sort((a, b) => a.start - b.start)
    for (const finding of taken) out.push({ block, finding })
  }
  return out
}

/** Below this share of known words a text is not English (English prose with its names stays far above it). */
const minEnglishShare = 0.5

/**
 * The share of the text's words (each occurrence, two letters or more, Latin
 * script) that the dictionaries know; undefined for a text under 50 words,
 * too short to tell.
 */
function englishShare(counts: ReadonlyMap<string, number>, lexicon: Lexicon): number | undefined {
  let known = 0
  let total = 0
  for (const [word, n] of counts) {
    if (word.length < 2 || !isLatin(word)) continue
    total += n
    if (lexicon.isWord(word) || lexicon.isWord(word.toLowerCase())) known += n
  }
  return total < 50 ? undefined : known / total
}

/**
 * Report suspected errors in one article as vfile messages (source `proof`),
 * with raw line and column, `actual` and `expected`. Changes nothing.
 */
export function proofFile(tree: Root, file: VFile, options: CheckOptions = {}): void {
  const blocks = blocksOf(tree)
  const counts = countBlocks(blocks)
  let lexicon: Lexicon | undefined
  if (options.spellers) {
    let variant: Variant
    if (options.variant && options.variant !== 'auto') variant = options.variant
    // Each form counts once (as `decideVariant` of the distinct forms would count them).
    else variant = tallyVariants(options.spellers, counts.keys()).variant
    lexicon = new Lexicon(options.spellers, variant, options.words ?? [])
    const share = englishShare(counts, lexicon)
    if (share !== undefined && share < minEnglishShare) {
      // Checked against English dictionaries, every word of another language is "unknown",
      // and suggestions for thousands of them take minutes: spelling is left alone.
      file.info(
        `Unexpected language for the spelling check: ${Math.round(share * 100)}% of the words are in the English dictionaries, expected most; spelling was not checked`,
        { ruleId: 'not-english', source: 'proof', place: blocks[0]?.node.position ?? tree.position },
      )
      lexicon = undefined
    }
  }
  const ctx: CheckContext = {
    lexicon,
    counts,
    corpus: options.corpusWords ?? new Map(),
    pairs: { get: pairCounter(blocks) },
  }
  const off = new Set((options.off ?? []).map((id) => id.replace(/^proof:/, '')))
  for (const { block, finding } of findingsOf(blocks, ctx, off)) {
    const place = placeOf(block, file, finding.start, finding.end)
    const message = file.message(finding.reason, {
      ...(place ? { place } : { place: block.node.position }),
      ruleId: finding.ruleId,
      source: 'proof',
    })
    if (finding.actual !== undefined) message.actual = finding.actual
    if (finding.expected) message.expected = finding.expected
  }
}

/** remark plugin: the proofreading report (detection only, like textlint's linting apart from fixing). */
export function remarkProofCheck(options?: CheckOptions) {
  const settings = validate(checkOptionsSchema, options ?? {}, 'remarkProofCheck')
  return (tree: Root, file: VFile) => proofFile(tree, file, settings)
}
