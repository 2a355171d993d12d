import { h, type RenderedNote } from '@samizdat/book'
import type { Element, ElementContent } from 'hast'

/** Elements that cannot sit inside a `<span>` in a paragraph; they become classed spans. */
const blocks = new Set([
  'p',
  'blockquote',
  'ul',
  'ol',
  'li',
  'div',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'section',
  'aside',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
])

/**
 * A note's block content as phrasing content: each block becomes
 * `<span class="note-p">` (or `note-blockquote`, `note-li`…), so the whole note
 * fits in an inline span inside the calling paragraph, which is what
 * `float: footnote` needs, and which Paged.js lays out without block children.
 */
export function inlineBlocks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element')
      return node.type === 'text' && node.value.trim() === '' ? [] : [node]
    const children = inlineBlocks(node.children)
    if (!blocks.has(node.tagName)) return [{ ...node, children }]
    if (node.tagName === 'hr') return []
    return [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: [`note-${node.tagName}`] },
        children,
      },
    ]
  })
}

/**
 * The label at the head of the note, put inside its first paragraph so it
 * runs in. With `id` and `back` it carries the note's anchor (kept off the
 * footnote element, whose id Paged.js replaces) and links back to the call.
 */
export function withLabel(
  content: ElementContent[],
  label: string,
  id?: string,
  back?: string,
): ElementContent[] {
  const properties: Element['properties'] = { className: ['note-label'] }
  if (id) properties.id = id
  if (back) properties.href = `#${back}`
  const mark = h(back ? 'a' : 'span', properties, label)
  const first = content[0]
  if (first?.type === 'element' && first.tagName === 'span') {
    return [
      { ...first, children: [mark, { type: 'text', value: ' ' }, ...first.children] },
      ...content.slice(1),
    ]
  }
  return [mark, { type: 'text', value: ' ' }, ...content]
}

/** Id of the note's own element in the print HTML. */
export function noteElementId(note: RenderedNote): string {
  return `${note.id}-note`
}

/**
 * The print rendering of a note call: the source's own label as a superscript
 * call, followed by the note itself as an inline `<span class="footnote">`
 * that the paged-media engine floats to the foot of the page.
 *
 * A note called again later gets a short footnote of its own pointing back to
 * the page of the first call, so the reader finds it whichever page they are on.
 */
export function printNoteCall(note: RenderedNote, refId: string): ElementContent {
  const first = refId === note.refIds[0]
  const call = h(
    'sup',
    { className: ['note-call'], id: refId },
    h('a', { href: `#${noteElementId(note)}` }, note.label),
  )
  const body = first
    ? withLabel(inlineBlocks(note.children), note.label, noteElementId(note), refId)
    : withLabel(
        [
          h(
            'span',
            { className: ['note-p'] },
            `See note ${note.label}`,
            h('a', { className: ['page-ref'], href: `#${note.refIds[0]}` }, ''),
            '.',
          ),
        ],
        note.label,
      )
  const className = first ? ['footnote'] : ['footnote', 'note-repeat']
  return h('span', { className: ['note'] }, call, h('span', { className }, ...body))
}
