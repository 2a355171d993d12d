import { h, type RenderedNote } from '@samizdat/book'
import type { Element, ElementContent } from 'hast'

/**
 * The call in the text: a link typed `noteref` to an `aside` typed
 * `footnote`, which Apple Books, Kobo and Kindle's EPUB import open as a
 * pop-up. The `sup` goes outside the link: Apple Books opens no pop-up when
 * the link holds an element (pandoc issue 1995).
 */
export function noteCall(note: RenderedNote, refId: string): ElementContent {
  return h(
    'sup',
    { className: ['noteref'] },
    h(
      'a',
      { href: `#${note.id}`, id: refId, 'epub:type': 'noteref', role: 'doc-noteref' },
      note.label,
    ),
  )
}

const isElement = (node: ElementContent): node is Element => node.type === 'element'

/** Where the number goes: the note's first paragraph, or a paragraph of its own before a list or quotation. */
function withLabelFirst(children: ElementContent[], label: ElementContent): ElementContent[] {
  const out = [...children]
  const index = out.findIndex(isElement)
  const first = out[index]
  if (first && isElement(first) && first.tagName === 'p') {
    out[index] = { ...first, children: [label, { type: 'text', value: '. ' }, ...first.children] }
    return out
  }
  return [h('p', { className: ['note-label-line'] }, label, '.'), ...out]
}

/** One back-link per further call, at the end of the note, so a note called twice returns to either place. */
function withMoreBacklinks(children: ElementContent[], note: RenderedNote): ElementContent[] {
  const more = note.refIds.slice(1)
  if (more.length === 0) return children
  const links: ElementContent[] = more.flatMap((refId, i) => [
    { type: 'text', value: ' ' },
    h(
      'a',
      {
        href: `#${refId}`,
        role: 'doc-backlink',
        className: ['note-back'],
        ariaLabel: `Back to call ${i + 2} of note ${note.label}`,
      },
      // VS15 keeps the arrow a text glyph where a system would draw an emoji.
      `\u21A9\uFE0E${i + 2}`,
    ),
  ])
  const out = [...children]
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i]
    if (node && isElement(node) && node.tagName === 'p') {
      out[i] = { ...node, children: [...node.children, ...links] }
      return out
    }
  }
  return [...out, h('p', { className: ['note-backlinks'] }, ...links)]
}

/**
 * A note as its own `aside`, its number first and linking back to the first
 * call: with the back-link at the end, Kindle runs several notes together in
 * one pop-up or shows none (pandoc 4491, 8676). A note nothing calls cannot pop up and Apple Books hides footnote
 * asides, so it stays in the flow as a plain block: its text is never lost.
 */
export function noteBlock(note: RenderedNote): Element {
  const first = note.refIds[0]
  const label = first
    ? h('a', { href: `#${first}`, role: 'doc-backlink', className: ['note-label'] }, note.label)
    : h('span', { className: ['note-label'] }, note.label)
  const children = withMoreBacklinks(withLabelFirst(note.children, label), note)
  return first
    ? h(
        'aside',
        { id: note.id, 'epub:type': 'footnote', role: 'doc-footnote', className: ['footnote'] },
        ...children,
      )
    : h('div', { id: note.id, role: 'note', className: ['footnote', 'uncalled'] }, ...children)
}
