import type { Paragraph, Text } from 'mdast'
import { firstText, lastText, rawNoteTail } from './text.ts'

/**
 * Quote marks at the edges of a paragraph. Pasted text mixes curly and
 * straight marks, and sometimes a closing mark typed the wrong way round
 * (`…Power.‘`), so each opening mark accepts several closers of its family.
 */
export type QuoteFamily = 'single' | 'double' | 'guillemet'

interface Opener {
  family: QuoteFamily
  closers: string
  /** Curly marks are unambiguous; straight ones need stricter tests. */
  curly: boolean
}

const openers: Record<string, Opener> = {
  '‘': { family: 'single', closers: "’‘'", curly: true },
  "'": { family: 'single', closers: "'’", curly: false },
  '“': { family: 'double', closers: '”“"', curly: true },
  '"': { family: 'double', closers: '"”', curly: false },
  '„': { family: 'double', closers: '“”', curly: true },
  '«': { family: 'guillemet', closers: '»', curly: true },
}

export interface OpenMark {
  mark: string
  family: QuoteFamily
  curly: boolean
  node: Text
  /** Offset of the mark in `node.value`. */
  index: number
  /** Characters to remove: the mark plus one stray space after it. */
  length: number
}

export interface CloseMark {
  mark: string
  node: Text
  index: number
}

/** The opening quote mark a paragraph starts with, if any. */
export function openMarkOf(node: Paragraph): OpenMark | undefined {
  const text = firstText(node)
  if (!text) return undefined
  const lead = text.value.length - text.value.trimStart().length
  const mark = text.value.charAt(lead)
  const opener = openers[mark]
  if (!opener) return undefined
  const after = text.value.slice(lead + 1)
  // A straight single mark must touch a letter or an ellipsis ('70s and 'tis are rare enough).
  if (!opener.curly && !/^[\p{L}\p{N}.…]/u.test(after)) return undefined
  const spaced = /^ (?=\S)/.test(after) && opener.curly ? 1 : 0
  if (/^\s*$/.test(after)) return undefined
  return {
    mark,
    family: opener.family,
    curly: opener.curly,
    node: text,
    index: lead,
    length: 1 + spaced,
  }
}

/**
 * The closing mark a paragraph ends with (before any note reference and any
 * final stop placed after the mark), when it can close `open`.
 */
export function closeMarkOf(node: Paragraph, open: OpenMark): CloseMark | undefined {
  const text = lastText(node)
  if (!text) return undefined
  const value = text.value.replace(rawNoteTail, '').trimEnd()
  const match = /(.)([’‘'”“"»])([.,;:!?]?)$/u.exec(value)
  if (!match) return undefined
  const [, before = '', mark = '', after = ''] = match
  if (!openers[open.mark]!.closers.includes(mark)) return undefined
  const index = value.length - after.length - 1
  if (text === open.node && index <= open.index) return undefined
  // A single mark after a letter with nothing after it may be a plural possessive (workers’),
  // unless it is the only mark in the paragraph that could close the quotation.
  if (open.family === 'single' && /\p{L}/u.test(before) && !after) {
    const inner = value.slice(text === open.node ? open.index + open.length : 0, index)
    if (/[’'](?!\p{L})/u.test(inner) || text !== open.node) return undefined
  }
  return { mark, node: text, index }
}

/** The paragraph's plain text with note references left out. */
function joined(node: Paragraph): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
}

/**
 * True when the quotation opened by the first mark runs to the last one
 * without closing and reopening on the way ("‘No,’ she said, ‘never.’").
 * With `closed` false, true when it runs to the end of the paragraph
 * without closing at all (the first paragraphs of a multi-paragraph quotation).
 */
export function isEnclosed(node: Paragraph, open: OpenMark, closed = true): boolean {
  const text = joined(node).replace(rawNoteTail, '').trim()
  const rest = text.slice(open.length)
  const inner = closed ? rest.replace(/[’‘'”“"»][.,;:!?]?$/u, '') : rest
  if (open.family === 'double') {
    if (!open.curly) return !/["”]/.test(inner)
    let depth = 1
    for (const ch of inner) {
      if (ch === '“') depth++
      // Pasted text mixes marks: a straight mark inside a curly quotation closes it.
      else if (ch === '”' || ch === '"') depth--
      if (depth <= 0) return false
    }
    return true
  }
  if (open.family === 'single') {
    // Single closers double as apostrophes, so look for the shape of a quotation that
    // closes and reopens: a mark after a stop (‘No,’ she said, ‘never.’) or a mark,
    // a verb of saying and a new opener (‘Yes’, she said, ‘go.’).
    const afterStop = /[,.!?;:][’']\s[^‘’']*?(?:^|\s)[‘']/u
    const aroundSaying =
      /[’'][,.!?]?\s+[^‘’']{0,60}\b(?:said|says|asked|replied|wrote|writes|added|went on)\b[^‘’']{0,20}[‘']/u
    return !afterStop.test(inner) && !aroundSaying.test(inner)
  }
  return !inner.includes('«')
}

/**
 * True when the paragraph leaves a quotation open at its end, so that the
 * next paragraph's opening mark continues it rather than starting a new one.
 */
export function leavesQuoteOpen(node: Paragraph): boolean {
  const text = joined(node)
  let depth = 0
  for (const ch of text) {
    if (ch === '“') depth++
    else if (ch === '”') depth = Math.max(0, depth - 1)
  }
  if (depth > 0) return true
  const straight = (text.match(/"/g) ?? []).length
  if (straight % 2 === 1) return true
  // Single marks: the last word-initial ‘ must be followed by a ’ that could close it.
  let lastOpen = -1
  for (const match of text.matchAll(/(?:^|[\s([—–-])‘/gu)) lastOpen = match.index + match[0].length
  if (lastOpen < 0) return false
  return !/[’‘](?!\p{L})/u.test(text.slice(lastOpen))
}

/** Replace `length` characters at `index` of a text node's value. */
export function cut(node: Text, index: number, length: number): void {
  node.value = node.value.slice(0, index) + node.value.slice(index + length)
}

/**
 * In a block quotation the enclosing marks go, and quotations inside it take
 * the primary marks of the text (Chicago 13.30, New Hart's Rules 9.3): inner
 * “…” become ‘…’ in a single-quote text, inner ‘…’ become “…” in a double-quote
 * one. Single marks double as apostrophes, so a pair is raised only when the
 * paragraph's marks balance. Returns the pairs raised, for the audit trail.
 */
export function raiseInnerQuotes(
  node: Text,
  outer: QuoteFamily,
): Array<{ actual: string; expected: string }> {
  const done: Array<{ actual: string; expected: string }> = []
  if (outer === 'single') {
    node.value = node.value.replace(/“([^“”]*)”/g, (all, inner: string) => {
      done.push({ actual: all, expected: `‘${inner}’` })
      return `‘${inner}’`
    })
  } else if (outer === 'double') {
    const opens = (node.value.match(/‘/g) ?? []).length
    const closes = (node.value.match(/’(?!\p{L})/gu) ?? []).length
    if (opens === 0 || opens !== closes) return done
    node.value = node.value.replace(
      /‘((?:[^‘’]|\p{L}’\p{L})*)’(?!\p{L})/gu,
      (all, inner: string) => {
        done.push({ actual: all, expected: `“${inner}”` })
        return `“${inner}”`
      },
    )
  }
  return done
}
