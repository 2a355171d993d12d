import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { FootnoteDefinition, FootnoteReference, RootContent } from 'mdast'
import { type Handler, toHast } from 'mdast-util-to-hast'
import { el } from './el.ts'

/**
 * One block of the final text as HTML for the report's result column. Note
 * calls link to the note's row; ids the writers set (heading anchors) are
 * dropped so they cannot clash with the report's own. Raw HTML nodes are
 * never passed through.
 */
export function renderBlock(
  node: RootContent,
  noteAnchor: (identifier: string) => string | undefined,
): ElementContent[] {
  const footnoteReference: Handler = (_state, ref: FootnoteReference) => {
    const href = noteAnchor(ref.identifier)
    const label = ref.label ?? ref.identifier
    // A call to a note that does not exist stays visible, marked, with nowhere to go.
    return href
      ? el('sup', { className: ['call'] }, el('a', { href: `#${href}` }, label))
      : el(
          'sup',
          { className: ['call', 'missing'], title: 'No note with this label' },
          `[${label}]`,
        )
  }
  const footnoteDefinition: Handler = (state, def: FootnoteDefinition) =>
    el('div', { className: ['fn'], dataNote: def.identifier }, [
      el('span', { className: ['fn-label'] }, `Note ${def.label ?? def.identifier}`),
      ...(state.all(def) as ElementContent[]),
    ])
  const root: HastRoot = { type: 'root', children: [] }
  const out = toHast(
    { type: 'root', children: [node] },
    { handlers: { footnoteReference, footnoteDefinition } },
  )
  root.children = out.type === 'root' ? out.children : [out as Element]
  const strip = (node: HastRoot | ElementContent) => {
    if (node.type === 'element') {
      if ('id' in node.properties) delete node.properties.id
      const note = node.properties.dataNote
      if (typeof note === 'string') {
        delete node.properties.dataNote
        const id = noteAnchor(note)
        if (id) node.properties.id = id
      }
    }
    if ('children' in node) for (const child of node.children) strip(child as ElementContent)
  }
  strip(root)
  return root.children.filter(
    (c): c is ElementContent => c.type !== 'doctype' && !(c.type === 'text' && c.value === '\n'),
  )
}
