import type { Block } from './block.ts'
import type { Lexicon } from './spell.ts'

/** A suspected error in block offsets, before it becomes a vfile message. */
export interface Finding {
  start: number
  end: number
  /** Rule id without the `proof:` source. */
  ruleId: string
  reason: string
  actual?: string
  expected?: string[]
}

/** What every detector may consult. Counts are of exact word forms. */
export interface CheckContext {
  /** Absent when no spellers were passed: spelling rules are then off. */
  lexicon: Lexicon | undefined
  /** Word forms of this text and how often each occurs. */
  counts: ReadonlyMap<string, number>
  /** Word forms of the whole anthology (this text included) and how often each occurs. */
  corpus: ReadonlyMap<string, number>
  /** Pairs of adjacent words in this text (`shifts of`, lower case) and how often each occurs. */
  pairs: { get(pair: string): number | undefined }
}

export type Detector = (block: Block, ctx: CheckContext) => Finding[]

/** Closed-class words: they cannot follow an adjective such as `arid`, and are never names. */
export const functionWords = new Set(
  `a an the this that these those his her its our their my your whose which who whom what
  and or but nor so yet for of to in on at by from with without into onto upon about as than
  is are was were be been being has have had do does did will would shall should can could may might must
  not no he she it they we i you him them us me there then thus also too very all each every some any
  if when while because since although though until unless whether how where why`.split(/\s+/),
)

export const determiners = new Set(
  'a an the this that these those his her its our their my your whose every each no some any another either neither'.split(
    ' ',
  ),
)

/** Frequency of `word` in the text and the anthology together (the anthology count includes the text's when given). */
export function frequency(ctx: CheckContext, word: string): number {
  return Math.max(ctx.corpus.get(word) ?? 0, ctx.counts.get(word) ?? 0)
}

export const code = (s: string) => `\`${s}\``
