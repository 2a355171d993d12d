import type { Paragraph, Root, RootContent } from 'mdast'
import type { Byline } from './bylines.ts'
import type { FoundDate } from './dates.ts'
import type { Verdict } from './lines.ts'
import { bestList, indexOfList, stopHits, wordsOf } from './stopwords.ts'

/**
 * Answers about a block's text that the rules ask again and again (every
 * plugin takes the blocks afresh): computed once, kept while the text is
 * unchanged. `null` means asked, and no.
 */
export interface BlockMemo {
  date?: FoundDate | null
  byline?: Byline | null
  verdict?: Verdict | null
  metadata?: boolean
  stampOrTeaser?: boolean
}

/**
 * One block of the page as the reader gave it: a top-level paragraph holding
 * one text node. The rules read these features; none of them looks at the
 * words of a particular site.
 */
export interface Block {
  node: Paragraph
  /** Index among the root's children when the blocks were taken. */
  index: number
  text: string
  /** First and last raw line (1-based). */
  line: number
  endLine: number
  words: string[]
  /** The words joined by spaces: `sameTextKey` of the text. */
  key: string
  /** Share of the words that are stop words of the page's language (jusText's measure). */
  stopDensity: number
  /** Ends like a sentence: full stop, question or exclamation mark, closing quote after one. */
  sentenceEnd: boolean
  /** Number of sentence ends inside the block. */
  sentences: number
  /** Answers the rules have already had about this text. */
  memo: BlockMemo
}

/** A paragraph made of exactly one text node, the reader's shape. */
export function plainText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined
  const only = node.children[0]
  return only?.type === 'text' ? only.value : undefined
}

// A colon at the end introduces what follows (a list, a quotation): it ends a sentence too.
// Chinese and Japanese full stops need no space after them.
const sentenceEndRe = /[.!?…:。！？]['’"”)\]」』）]*$/u
const sentenceInsideRe =
  /[.!?…]['’"”)\]]*\s+(?=[\p{Lu}‘“"'(\d])|[。！？]['’"”)\]」』）]*(?=[^\s。！？])/gu

/** What a block's text alone says, whatever the page around it. */
interface Facts {
  /** The text node's value these facts were taken from. */
  source: string
  text: string
  words: string[]
  key: string
  hits: Int32Array
  sentenceEnd: boolean
  sentences: number
  memo: BlockMemo
}

// Each plugin takes the blocks again; the text of most has not changed since.
const factsByNode = new WeakMap<Paragraph, Facts>()

function factsOf(node: Paragraph, source: string): Facts {
  const known = factsByNode.get(node)
  if (known?.source === source) return known
  const text = source.trim()
  const words = wordsOf(source)
  const sentenceEnd = sentenceEndRe.test(text)
  const inside = text.match(sentenceInsideRe)?.length ?? 0
  const facts: Facts = {
    source,
    text,
    words,
    key: words.join(' '),
    hits: stopHits(words),
    sentenceEnd,
    sentences: inside + (sentenceEnd ? 1 : 0),
    memo: {},
  }
  factsByNode.set(node, facts)
  return facts
}

/** The page's blocks, with the features the rules share. */
export function blocksOf(tree: Root, stopwords?: ReadonlySet<string>): Block[] {
  const raw: { node: Paragraph; index: number; facts: Facts }[] = []
  tree.children.forEach((node, index) => {
    const text = plainText(node)
    if (text !== undefined && node.type === 'paragraph')
      raw.push({ node, index, facts: factsOf(node, text) })
  })
  let list: number
  if (stopwords) list = indexOfList(stopwords)
  else {
    const hits = new Int32Array(raw[0]?.facts.hits.length ?? 0)
    for (const { facts } of raw) for (let i = 0; i < hits.length; i++) hits[i]! += facts.hits[i]!
    list = bestList(hits)
  }
  return raw.map(({ node, index, facts }) => {
    const { words } = facts
    const stops =
      list >= 0 ? (facts.hits[list] ?? 0) : words.filter((w) => stopwords?.has(w)).length
    return {
      node,
      index,
      text: facts.text,
      line: node.position?.start.line ?? 0,
      endLine: node.position?.end.line ?? 0,
      words,
      key: facts.key,
      stopDensity: words.length ? stops / words.length : 0,
      sentenceEnd: facts.sentenceEnd,
      sentences: facts.sentences,
      memo: facts.memo,
    }
  })
}

/** Text normalised for comparing repeats: case, spacing and punctuation ignored. */
export function sameTextKey(text: string): string {
  return wordsOf(text).join(' ')
}
