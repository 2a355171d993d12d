import LinkifyIt, { type Match } from 'linkify-it'
import type { Link, PhrasingContent, Root, Text } from 'mdast'
import type { Position } from 'unist'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { checkOptions } from './options.ts'

export interface LinkOptions {
  /** Link bare domains such as `example.org/page` too (default false: OCR run-ons like `power.It` look like domains). */
  bareDomains?: boolean
  /** Link e-mail addresses as `mailto:` (default true). */
  emails?: boolean
  /** Link addresses inside footnote definitions too (default true). */
  notes?: boolean
}

/**
 * Bare addresses become links: `http(s)://…`, `www.…` (given `http://`) and
 * e-mail addresses (`mailto:`). Recognition is linkify-it's (the
 * markdown-it project's), which knows the TLDs and leaves trailing
 * punctuation and unbalanced brackets outside the link. The text is unchanged.
 */
export function remarkLinks(options?: LinkOptions | null) {
  const given = checkOptions('remarkLinks', options, {
    bareDomains: { type: 'boolean' },
    emails: { type: 'boolean' },
    notes: { type: 'boolean' },
  }) as LinkOptions
  const bareDomains = given.bareDomains ?? false
  const emails = given.emails ?? true
  const notes = given.notes ?? true
  const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: emails, fuzzyIP: false })
  const allowed = (match: Match): boolean => {
    if (match.schema === 'mailto:') return emails
    if (match.schema === '') return bareDomains || /^www\./i.test(match.raw)
    return match.schema === 'http:' || match.schema === 'https:' || match.schema === 'ftp:'
  }

  return (tree: Root, file: VFile): void => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'footnoteDefinition' && !notes) return SKIP
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode')
        return SKIP
      if (node.type !== 'text' || !parent || index === undefined) return undefined
      const matches = (linkify.match(node.value) ?? []).filter(allowed)
      if (matches.length === 0) return undefined
      const parts = split(node, matches, file)
      ;(parent.children as PhrasingContent[]).splice(index, 1, ...parts)
      return index + parts.length
    })
  }
}

function split(node: Text, matches: Match[], file: VFile): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  let from = 0
  for (const match of matches) {
    if (match.index > from) parts.push(piece(node, node.value.slice(from, match.index)))
    const label = piece(node, match.raw)
    const link: Link = { type: 'link', url: match.url, children: [label] }
    const position = locate(node, match.raw, file)
    if (position) {
      link.position = position
      label.position = { start: { ...position.start }, end: { ...position.end } }
    }
    parts.push(link)
    from = match.lastIndex
  }
  if (from < node.value.length) parts.push(piece(node, node.value.slice(from)))
  return parts
}

function piece(node: Text, value: string): Text {
  const text: Text = { type: 'text', value }
  if (node.position) text.position = node.position
  return text
}

/**
 * The link's place in the raw line when the address occurs there once;
 * otherwise the text node's own span.
 */
function locate(node: Text, raw: string, file: VFile): Position | undefined {
  const position = node.position
  if (!position) return undefined
  const line = file.data.rawLines?.[position.start.line - 1]
  if (line !== undefined && position.start.line === position.end.line) {
    const at = line.indexOf(raw)
    if (at >= 0 && line.indexOf(raw, at + 1) < 0) {
      return {
        start: { line: position.start.line, column: at + 1 },
        end: { line: position.start.line, column: at + 1 + raw.length },
      }
    }
  }
  return { start: { ...position.start }, end: { ...position.end } }
}
