import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast'
import { toString as nodeText } from 'mdast-util-to-string'
import type { Position } from 'unist'

/**
 * Small text tests shared by the structure plugins. They look at a paragraph
 * as a reader would: its words, its first and last characters, and whether it
 * ends in a note reference (a `footnoteReference` node, or a raw `[12]`-style
 * marker when the notes filter has not run).
 */

/** A raw note marker at the end of a text: `[12]`, `[1*]`, `[a]`. */
export const rawNoteTail = /\s*\[(?:\d{1,3}\*?|\*{1,3}|[a-z])\]\s*$/

/** Terminal punctuation of a sentence (a heading has none of it). */
export const sentenceEnd = /[.!?…]$/

export function isParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph'
}

/** The paragraph's text without note references (they hold no text). */
export function plainText(node: Paragraph): string {
  return nodeText(node).replace(/\s+/g, ' ').trim()
}

/** The text a reader sees, less any trailing raw note marker. */
export function bodyText(node: Paragraph): string {
  return plainText(node).replace(rawNoteTail, '').trim()
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-–]*/gu)
  return words ? words.length : 0
}

/** True when the paragraph ends in a note reference, either as a node or as a raw marker. */
export function endsWithNoteReference(node: Paragraph): boolean {
  const last = lastContent(node.children)
  if (!last) return false
  if (last.type === 'footnoteReference') return true
  return last.type === 'text' && rawNoteTail.test(last.value)
}

/** The last child that is not whitespace-only text. */
function lastContent(children: PhrasingContent[]): PhrasingContent | undefined {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!
    if (child.type === 'text' && child.value.trim() === '') continue
    return child
  }
  return undefined
}

/** The first text node of a paragraph, if the paragraph starts with text. */
export function firstText(node: Paragraph): Text | undefined {
  const first = node.children[0]
  return first?.type === 'text' ? first : undefined
}

/** The last text node that holds content, looking past trailing note references. */
export function lastText(node: Paragraph): Text | undefined {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i]!
    if (child.type === 'footnoteReference') continue
    if (child.type === 'text') {
      const value = child.value.replace(rawNoteTail, '')
      if (value.trim() === '') continue
      return child
    }
    return undefined
  }
  return undefined
}

/** A position running from the start of `first` to the end of `last`. */
export function span(
  first: { position?: Position | undefined },
  last: { position?: Position | undefined },
): Position | undefined {
  if (!first.position || !last.position) return undefined
  return { start: { ...first.position.start }, end: { ...last.position.end } }
}

/** Words that stay lower-case in title case, and forms of "be" that web headings often leave so. */
const minorWords = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via with from into onto ' +
    'over than vs is are was were be its their our your his her'
  ).split(' '),
)

/**
 * Title case: every significant word starts with a capital (or a digit).
 * "The Limits of State Strategy" is; "Trotsky wrote" is not.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
  let significant = 0
  for (const [i, word] of words.entries()) {
    if (!word) continue
    if (i > 0 && minorWords.has(word.toLowerCase())) continue
    significant++
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return false
  }
  return significant > 0
}

/** The last sentence of a paragraph: what follows its last sentence-ending stop. */
export function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+(?=[\p{Lu}‘“"'])/u)
  return parts.at(-1) ?? text
}

/**
 * Verbs (and phrases) that introduce quoted matter in English prose. General
 * vocabulary of reporting, not phrases from any one text.
 */
const sayingVerbs = new RegExp(
  '\\b(?:' +
    [
      'sa(?:y|ys|id|ying)',
      'wr(?:ite|ites|ote|itten|iting)',
      '(?:declar|stat|argu|observ|not|conclud|proclaim|announc|describ|quot|summaris|summariz)(?:e|es|ed|ing)',
      '(?:explain|remark|insist|recall|warn|claim|assert|answer|comment)(?:s|ed|ing)?',
      'continu(?:e|es|ed|ing)',
      'repl(?:y|ies|ied|ying)',
      'tells?|told',
      'as follows',
      'in (?:his|her|their|its|the) words',
      'put it',
      'to quote',
    ].join('|') +
    ')\\b',
  'iu',
)

export function hasSayingVerb(text: string): boolean {
  return sayingVerbs.test(text)
}

/** A bare list marker at the start of a line: `1.`, `2)`, `•`, `-`, `*`, `·`. */
export const numberedItem = /^(\d{1,3})([.)])\s+(?=\S)/
export const bulletedItem = /^([•·*\-▪◦‣●])\s+(?=\S)/

export function looksLikeListItem(text: string): boolean {
  return numberedItem.test(text) || bulletedItem.test(text)
}

/** A URL or e-mail address anywhere in the text. */
export const addressLike = /\b(?:https?:\/\/|www\.)\S|[\w.+-]+@[\w-]+\.[\w.-]+/i
