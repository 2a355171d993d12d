import type { Paragraph, Root, RootContent } from 'mdast'
import type { Byline } from './bylines.ts'
import type { FoundDate } from './dates.ts'
import type { Verdict } from './lines.ts'
import {
  addHits,
  bestList,
  hitsIn,
  indexOfList,
  noHits,
  type StopCounts,
  stopCounts,
  wordsOf,
} from './stopwords.ts'

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
const sentenceEnds = '.!?…:。！？'
const closers = `'’"”)]」』）`
/** `/[.!?…:。！？]['’"”)\]」』）]*$/u.test(text)`, read from the end (the pattern tries every position). */
function endsSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && closers.includes(text[i]!)) i--
  return i >= 0 && sentenceEnds.includes(text[i]!)
}
const sentenceInsideRe =
  /[.!?…]['’"”)\]]*\s+(?=[\p{Lu}‘“"'(\d])|[。！？]['’"”)\]」』）]*(?=[^\s。！？])/gu

/** What a block's text alone says, whatever the page around it. */
interface Facts {
  /** The text node's value these facts were taken from. */
  source: string
  text: string
  words: string[]
  key: string
  stops: StopCounts
  sentenceEnd: boolean
  sentences: number
  memo: BlockMemo
  /** The block last made from these facts: the next call reuses it when nothing differs. */
  block?: Block
}

// Each plugin takes the blocks again; the text of most has not changed since. One weak
// entry per tree (a plain map inside): a weak entry per block weighs on garbage collection.
const factsByTree = new WeakMap<Root, Map<Paragraph, Facts>>()

function factsOf(factsByNode: Map<Paragraph, Facts>, node: Paragraph, source: string): Facts {
  const known = factsByNode.get(node)
  if (known?.source === source) return known
  const text = source.trim()
  const words = wordsOf(source)
  const sentenceEnd = endsSentence(text)
  const inside = text.match(sentenceInsideRe)?.length ?? 0
  const facts: Facts = {
    source,
    text,
    words,
    key: words.join(' '),
    stops: stopCounts(words),
    sentenceEnd,
    sentences: inside + (sentenceEnd ? 1 : 0),
    memo: {},
  }
  factsByNode.set(node, facts)
  return facts
}

/** The page's blocks, with the features the rules share. */
export function blocksOf(tree: Root, stopwords?: ReadonlySet<string>): Block[] {
  let factsByNode = factsByTree.get(tree)
  if (!factsByNode) {
    factsByNode = new Map()
    factsByTree.set(tree, factsByNode)
  }
  const nodes: Paragraph[] = []
  const indexes: number[] = []
  const facts: Facts[] = []
  tree.children.forEach((node, index) => {
    const text = plainText(node)
    if (text === undefined || node.type !== 'paragraph') return
    nodes.push(node)
    indexes.push(index)
    facts.push(factsOf(factsByNode, node, text))
  })
  let list: number
  if (stopwords) list = indexOfList(stopwords)
  else {
    const hits = noHits()
    for (const f of facts) addHits(hits, f.stops)
    list = bestList(hits)
  }
  return facts.map((f, k) => {
    const node = nodes[k]!
    const index = indexes[k]!
    const { words } = f
    const stops = list >= 0 ? hitsIn(f.stops, list) : words.filter((w) => stopwords?.has(w)).length
    const stopDensity = words.length ? stops / words.length : 0
    const line = node.position?.start.line ?? 0
    const endLine = node.position?.end.line ?? 0
    // Every plugin takes the blocks again: most are as they were (no rule changes a block).
    const last = f.block
    if (
      last?.node === node &&
      last.index === index &&
      last.stopDensity === stopDensity &&
      last.line === line &&
      last.endLine === endLine
    )
      return last
    f.block = {
      node,
      index,
      text: f.text,
      line,
      endLine,
      words,
      key: f.key,
      stopDensity,
      sentenceEnd: f.sentenceEnd,
      sentences: f.sentences,
      memo: f.memo,
    }
    return f.block
  })
}

/** Text normalised for comparing repeats: case, spacing and punctuation ignored. */
export function sameTextKey(text: string): string {
  return wordsOf(text).join(' ')
}
