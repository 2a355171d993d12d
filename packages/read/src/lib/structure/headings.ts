import type { Heading, Paragraph, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { noteChange, snippet } from './audit.ts'
import { checkOptions } from './options.ts'
import { openMarkOf } from './quotes.ts'
import {
  addressLike,
  bodyText,
  bulletedItem,
  isParagraph,
  isTitleCase,
  lastText,
  looksLikeListItem,
  rawNoteTail,
  wordCount,
} from './text.ts'

export interface HeadingOptions {
  /** Depth of the headings made (default 2: the article title is the chapter's level 1). */
  depth?: 1 | 2 | 3 | 4 | 5 | 6
  /** Most words in a heading (default 14). */
  maxWords?: number
  /** Most characters in a heading (default 120). */
  maxLength?: number
  /** Fewest words in the paragraph after a heading (default 12): a heading leads into prose. */
  minNextWords?: number
}

interface Settings {
  depth: 1 | 2 | 3 | 4 | 5 | 6
  maxWords: number
  maxLength: number
  minNextWords: number
}

/**
 * Section headings flattened into paragraphs. A paragraph becomes a heading
 * when every test agrees: it is short; it starts with a capital or digit, not
 * a quote mark, bracket or list marker; it has no closing sentence punctuation
 * (a question or a trailing colon only in title case); it is not a fragment of
 * a sentence broken across paragraphs; and it leads into a longer paragraph
 * or a list rather than sitting among other short lines (menus, addresses,
 * signatures). A trailing colon is dropped and the change recorded.
 */
export function remarkHeadings(options?: HeadingOptions | null) {
  const given = checkOptions('remarkHeadings', options, {
    depth: { type: 'integer', min: 1, max: 6 },
    maxWords: { type: 'integer', min: 1, max: 100 },
    maxLength: { type: 'integer', min: 1, max: 1000 },
    minNextWords: { type: 'integer', min: 0, max: 1000 },
  }) as HeadingOptions
  const settings: Settings = {
    depth: given.depth ?? 2,
    maxWords: given.maxWords ?? 14,
    maxLength: given.maxLength ?? 120,
    minNextWords: given.minNextWords ?? 12,
  }
  return (tree: Root, file: VFile): void => {
    const out: RootContent[] = []
    tree.children.forEach((node, i) => {
      const prev = out.at(-1)
      if (isParagraph(node) && isHeading(node, prev, tree.children[i + 1], settings)) {
        out.push(toHeading(node, file, settings.depth))
      } else {
        out.push(node)
      }
    })
    tree.children = out
  }
}

/** The tests, in the order a reader applies them. */
function isHeading(
  node: Paragraph,
  prev: RootContent | undefined,
  next: RootContent | undefined,
  settings: Settings,
): boolean {
  const text = bodyText(node)
  const words = wordCount(text)
  if (words < 1 || words > settings.maxWords || text.length > settings.maxLength) return false
  if (!/^[\p{Lu}\p{N}]/u.test(text) || !/\p{L}/u.test(text)) return false
  // A numbered line the list filter left alone (no next number follows) may be a numbered section.
  if (openMarkOf(node) || bulletedItem.test(text) || addressLike.test(text)) return false
  // Navigation (`Home | News`) and label–value lines (`From: … Subject: …`).
  if (text.includes('|') || /:.*:/.test(text)) return false
  // Closing punctuation, also before a closing bracket, quote mark or emoji, or a second sentence.
  const end = text.replace(/(?:\s|\p{Extended_Pictographic}|\p{S}|\u200d|\ufe0f)+$/u, '')
  if (/[.,;!…]$/.test(end) || /[.,;!?][)\]’”"']$/.test(end)) return false
  if (/\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(text)) return false
  const bare = text.replace(/\s*[:?]$/, '')
  if (/[:?]$/.test(text) && !isTitleCase(bare)) return false
  if (!leadsIn(next, settings, text.endsWith(':'))) return false
  return !continues(prev)
}

/** The block after a heading: a list, or a paragraph long enough to be prose that starts a sentence. */
function leadsIn(next: RootContent | undefined, settings: Settings, colon: boolean): boolean {
  if (!next) return false
  if (next.type === 'list') return true
  if (next.type === 'blockquote') return !colon
  if (!isParagraph(next)) return false
  const text = bodyText(next)
  if (!/^[\p{Lu}\p{N}‘“"'([]/u.test(text)) return false
  if (colon && (openMarkOf(next) || looksLikeListItem(text))) return false
  return wordCount(text) >= settings.minNextWords
}

/**
 * The block before says the line is not a heading: a heading right before
 * it, another short unpunctuated line (a menu, an address), a long paragraph
 * broken off mid-sentence (the line is its tail), or an introduction ending
 * in a colon (the line is what it introduces).
 */
function continues(prev: RootContent | undefined): boolean {
  if (!prev) return false
  if (prev.type === 'heading') return true
  if (!isParagraph(prev)) return false
  const text = bodyText(prev)
  if (text.endsWith(':')) return true
  // Broken off mid-sentence (the line is its tail), or one of a run of short unpunctuated lines.
  return /[\p{L}\p{N},;–—-]$/u.test(text)
}

/** Turn a paragraph into a heading, dropping (and recording) a trailing colon. */
export function toHeading(node: Paragraph, file: VFile, depth: Heading['depth']): Heading {
  const last = lastText(node)
  if (last) {
    const stripped = last.value.replace(rawNoteTail, '')
    // A raw note marker after the colon stays where it is.
    const marker = last.value.slice(stripped.length)
    const colon = /\s*:\s*$/.exec(stripped)
    if (colon) {
      const kept = stripped.slice(0, colon.index)
      last.value = kept + marker
      noteChange(
        file,
        'heading',
        'Dropped the trailing colon of a heading (house style: headings carry no trailing colon)',
        { line: node.position?.start.line, find: `${snippet(kept, true, 1)}:`, last: true },
        snippet(stripped.trimEnd(), true),
        snippet(kept, true),
      )
    }
  }
  const heading: Heading = { type: 'heading', depth, children: node.children }
  if (node.position) heading.position = node.position
  return heading
}
