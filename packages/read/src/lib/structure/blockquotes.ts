import type { Blockquote, Paragraph, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { noteChange, snippet, warn } from './audit.ts'
import { checkOptions } from './options.ts'
import {
  type CloseMark,
  closeMarkOf,
  cut,
  isEnclosed,
  leavesQuoteOpen,
  type OpenMark,
  openMarkOf,
  raiseInnerQuotes,
} from './quotes.ts'
import {
  bodyText,
  endsWithNoteReference,
  hasSayingVerb,
  isParagraph,
  lastSentence,
  lastText,
  looksLikeListItem,
  rawNoteTail,
  span,
  wordCount,
} from './text.ts'

export interface BlockquoteOptions {
  /** Fewest words for a one-paragraph quotation to be set off as a block (default 40). */
  minWords?: number
  /** Also set off quotations printed without marks, when the evidence is strong (default true). */
  unmarked?: boolean
  /** Most paragraphs in one unmarked quotation (default 8). */
  maxParagraphs?: number
  /** Raise quotation marks inside a block quotation to the text's primary marks (default true). */
  raiseInner?: boolean
}

interface Settings {
  minWords: number
  unmarked: boolean
  maxParagraphs: number
  raiseInner: boolean
}

/** The longest run of paragraphs one opening mark may carry before we call it unclosed. */
const maxRun = 40

/** An editor's remark closing a quotation: "(emphasis in original)", "(my italics)". */
const emphasisRemark = /\([^()]*\b(?:emphas[ie]s|italics?|underlining)\b[^()]*\)$/i

/** Traces only quoted matter carries: an elision at either end, an editor's [interpolation]. */
const quotationTrace = /^(?:\.\.\.|…|\[(?:\.\.\.|…)\])|(?:\.\.\.|…)$|\[[^\]\d*][^\]]{2,}\]/u

/**
 * Quotations set off as blocks: (a) the print convention of an opening mark
 * on every paragraph and a closing one on the last; (b) a long paragraph
 * enclosed in quote marks and introduced by the one before it (or carrying a
 * note reference); (c) quoted matter printed without marks, only when an
 * introduction ending in a colon, an end signal (a note reference or an
 * "(emphasis in original)") and prose resuming after it all agree. Enclosing
 * marks are removed (house style) and each removal is recorded.
 */
export function remarkBlockquotes(options?: BlockquoteOptions | null) {
  const given = checkOptions('remarkBlockquotes', options, {
    minWords: { type: 'integer', min: 1, max: 10_000 },
    unmarked: { type: 'boolean' },
    maxParagraphs: { type: 'integer', min: 1, max: 100 },
    raiseInner: { type: 'boolean' },
  }) as BlockquoteOptions
  const settings: Settings = {
    minWords: given.minWords ?? 40,
    unmarked: given.unmarked ?? true,
    maxParagraphs: given.maxParagraphs ?? 8,
    raiseInner: given.raiseInner ?? true,
  }
  return (tree: Root, file: VFile): void => {
    tree.children = setOff(tree.children, file, settings)
  }
}

interface Taken {
  nodes: RootContent[]
  next: number
}

function setOff(children: RootContent[], file: VFile, settings: Settings): RootContent[] {
  const out: RootContent[] = []
  let i = 0
  while (i < children.length) {
    const node = children[i]!
    const prev = out.at(-1)
    if (isParagraph(node)) {
      const taken =
        marked(children, i, prev, file, settings) ?? unmarked(children, i, prev, file, settings)
      if (taken) {
        out.push(...taken.nodes)
        i = taken.next
        continue
      }
    } else if (node.type === 'heading' && isQuoteIntro(prev)) {
      warn(
        file,
        prev,
        'missing-quotation',
        'Unexpected heading after an introduction ending in a colon, expected the quotation it introduces',
      )
    }
    out.push(node)
    i++
  }
  const last = out.at(-1)
  if (isQuoteIntro(last)) {
    warn(
      file,
      last,
      'missing-quotation',
      'Unexpected end of text after an introduction ending in a colon, expected the quotation it introduces',
    )
  }
  return out
}

/** Cases (a) and (b): paragraphs that open with a quote mark. */
function marked(
  children: RootContent[],
  i: number,
  prev: RootContent | undefined,
  file: VFile,
  settings: Settings,
): Taken | undefined {
  const node = children[i] as Paragraph
  const open = openMarkOf(node)
  if (!open) return undefined
  // The mark continues a quotation the prose before it opened: not a new quotation.
  if (isParagraph(prev) && leavesQuoteOpen(prev)) return undefined
  const close = closeMarkOf(node, open)
  if (close) {
    if (!isEnclosed(node, open)) return undefined
    if (wordCount(bodyText(node)) < settings.minWords) return undefined
    if (!introduces(prev) && !endsWithNoteReference(node)) return undefined
    return { nodes: [setOffMarked(file, [node], [open], close, settings)], next: i + 1 }
  }
  // Closed inside the paragraph ("“…,” she said, …"): prose with a quotation in it.
  if (!isEnclosed(node, open, false)) return undefined
  const paragraphs: Paragraph[] = [node]
  const opens: OpenMark[] = [open]
  for (let k = i + 1; k < children.length && paragraphs.length < maxRun; k++) {
    const next = children[k]
    if (!isParagraph(next)) break
    const nextOpen = openMarkOf(next)
    if (!nextOpen || nextOpen.family !== open.family) break
    const nextClose = closeMarkOf(next, nextOpen)
    // Closed inside the paragraph (“…,” he said): the news convention, with attribution in the prose.
    if (!isEnclosed(next, nextOpen, nextClose !== undefined)) {
      return { nodes: paragraphs, next: i + paragraphs.length }
    }
    paragraphs.push(next)
    opens.push(nextOpen)
    if (nextClose) {
      return { nodes: [setOffMarked(file, paragraphs, opens, nextClose, settings)], next: k + 1 }
    }
  }
  const count = paragraphs.length
  warn(
    file,
    node,
    'unclosed-quotation',
    `Unexpected quotation left open (${count} paragraph${count > 1 ? 's' : ''} from here), expected a closing quote mark`,
  )
  return { nodes: paragraphs, next: i + count }
}

/** Case (c): quoted matter without marks after an introduction such as "…, he wrote:". */
function unmarked(
  children: RootContent[],
  i: number,
  prev: RootContent | undefined,
  file: VFile,
  settings: Settings,
): Taken | undefined {
  if (!isQuoteIntro(prev)) return undefined
  const node = children[i] as Paragraph
  if (openMarkOf(node)) return undefined
  const run: Paragraph[] = []
  for (
    let k = i;
    settings.unmarked && k < children.length && run.length < settings.maxParagraphs;
    k++
  ) {
    const candidate = children[k]
    if (!isParagraph(candidate) || openMarkOf(candidate)) break
    const text = bodyText(candidate)
    if (looksLikeListItem(text) || wordCount(text) < 3) break
    run.push(candidate)
    const remark = emphasisRemark.test(text)
    const cited = endsWithNoteReference(candidate) && !citesInlineQuote(candidate)
    if (!remark && !cited) {
      if (text.endsWith(':')) break
      continue
    }
    const strong = remark || run.length === 1 || run.some((p) => quotationTrace.test(bodyText(p)))
    if (!strong || !prosesOn(children[k + 1])) break
    const quote: Blockquote = { type: 'blockquote', children: run }
    const position = span(run[0]!, run.at(-1)!)
    if (position) quote.position = position
    return { nodes: [quote], next: k + 1 }
  }
  warn(
    file,
    node,
    'possible-quotation',
    'Unexpected paragraph without quote marks after an introduction ending in a colon, expected a quotation in marks or set off as a block',
    true,
  )
  return undefined
}

/** Remove the enclosing marks, record each removal, and wrap the paragraphs. */
function setOffMarked(
  file: VFile,
  paragraphs: Paragraph[],
  opens: OpenMark[],
  close: CloseMark,
  settings: Settings,
): Blockquote {
  const last = paragraphs.at(-1)!
  const before = close.node.value.slice(0, close.index + 2).replace(rawNoteTail, '')
  cut(close.node, close.index, 1)
  noteChange(
    file,
    'blockquote',
    'Removed the closing quote mark of a block quotation (block quotations carry no enclosing marks)',
    { line: last.position?.end.line, find: close.mark, last: true },
    snippet(before, true),
    snippet(before.slice(0, close.index) + before.slice(close.index + 1), true),
  )
  paragraphs.forEach((paragraph, k) => {
    const open = opens[k]!
    const from = open.node.value.slice(open.index)
    cut(open.node, open.index, open.length)
    noteChange(
      file,
      'blockquote',
      'Removed the opening quote mark of a block quotation (block quotations carry no enclosing marks)',
      { line: paragraph.position?.start.line, find: open.mark },
      snippet(from),
      snippet(from.slice(open.length)),
    )
    if (!settings.raiseInner || !open.curly) return
    for (const child of paragraph.children) {
      if (child.type !== 'text') continue
      for (const pair of raiseInnerQuotes(child, open.family)) {
        noteChange(
          file,
          'inner-quotes',
          'Raised a quotation inside a block quotation to the primary quote marks',
          { line: paragraph.position?.start.line, find: pair.actual },
          pair.actual,
          pair.expected,
        )
      }
    }
  })
  const quote: Blockquote = { type: 'blockquote', children: paragraphs }
  const position = span(paragraphs[0]!, last)
  if (position) quote.position = position
  return quote
}

/** The paragraph before leads into a quotation: a colon, comma or dash, a broken-off sentence, or a verb of saying. */
function introduces(prev: RootContent | undefined): boolean {
  if (!isParagraph(prev)) return false
  const text = bodyText(prev)
  if (/[:,;—–-]$/.test(text)) return true
  if (/[\p{L}\p{N}]$/u.test(text)) return true
  return /[.]$/.test(text) && hasSayingVerb(text.split(/\s+/).slice(-3).join(' '))
}

/** A paragraph ending in a colon whose last sentence reports speech or writing. */
function isQuoteIntro(node: RootContent | undefined): node is Paragraph {
  if (!isParagraph(node)) return false
  const text = bodyText(node)
  return text.endsWith(':') && hasSayingVerb(lastSentence(text))
}

/** The note reference follows a closing quote mark, so it cites the inline quotation. */
function citesInlineQuote(node: Paragraph): boolean {
  const text = lastText(node)
  if (!text) return false
  return /[’”"'»‘“][.,;:!?]?$/u.test(text.value.replace(rawNoteTail, '').trimEnd())
}

/** Prose resumes: a paragraph that does not open a quotation and starts a sentence, or a heading. */
function prosesOn(node: RootContent | undefined): boolean {
  if (!node) return false
  if (node.type === 'heading') return true
  return isParagraph(node) && !openMarkOf(node) && /^[\p{Lu}\p{N}]/u.test(bodyText(node))
}
