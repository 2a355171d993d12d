import type { Paragraph, Root, RootContent } from 'mdast'
import { stopwordsFor, wordsOf } from './stopwords.ts'

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
  /** Share of the words that are stop words of the page's language (jusText's measure). */
  stopDensity: number
  /** Ends like a sentence: full stop, question or exclamation mark, closing quote after one. */
  sentenceEnd: boolean
  /** Number of sentence ends inside the block. */
  sentences: number
}

/** A paragraph made of exactly one text node, the reader's shape. */
export function plainText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined
  const only = node.children[0]
  return only?.type === 'text' ? only.value : undefined
}

// A colon at the end introduces what follows (a list, a quotation): it ends a sentence too.
const sentenceEndRe = /[.!?…:]['’"”)\]]*$/u
const sentenceInsideRe = /[.!?…]['’"”)\]]*\s+(?=[\p{Lu}‘“"'(\d])/gu

/** The page's blocks, with the features the rules share. */
export function blocksOf(tree: Root, stopwords?: ReadonlySet<string>): Block[] {
  const raw: { node: Paragraph; index: number; text: string }[] = []
  tree.children.forEach((node, index) => {
    const text = plainText(node)
    if (text !== undefined && node.type === 'paragraph') raw.push({ node, index, text })
  })
  const list = stopwords ?? stopwordsFor(raw.flatMap((b) => wordsOf(b.text)))
  return raw.map(({ node, index, text }) => {
    const words = wordsOf(text)
    const stops = words.filter((w) => list.has(w)).length
    const trimmed = text.trim()
    const sentenceEnd = sentenceEndRe.test(trimmed)
    const inside = trimmed.match(sentenceInsideRe)?.length ?? 0
    return {
      node,
      index,
      text: trimmed,
      line: node.position?.start.line ?? 0,
      endLine: node.position?.end.line ?? 0,
      words,
      stopDensity: words.length ? stops / words.length : 0,
      sentenceEnd,
      sentences: inside + (sentenceEnd ? 1 : 0),
    }
  })
}

/** Text normalised for comparing repeats: case, spacing and punctuation ignored. */
export function sameTextKey(text: string): string {
  return wordsOf(text).join(' ')
}
