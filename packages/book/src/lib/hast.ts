import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast'
import { toHast, type Handler, type State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import type { BookArticle } from '@samizdat/core'

/** A footnote as the writers need it: rendered content plus the ids of its calls. */
export interface RenderedNote {
  /** Anthology-unique id of the note (the mdast identifier). */
  id: string
  /** The label the source printed (`13`, `1*`). */
  label: string
  /** The note's rendered content (block elements). */
  children: ElementContent[]
  /** Ids of the calls in the text, in order (`<id>-ref`, `<id>-ref-2`, …). */
  refIds: string[]
}

export interface RenderOptions {
  /**
   * Renders a note call. `refId` is the call's own id; `note` has the note's
   * content already rendered. Defaults to `<sup><a href="#id">label</a></sup>`.
   */
  noteCall?: (note: RenderedNote, refId: string) => ElementContent
}

export interface RenderedArticle {
  /** The body as hast, without the notes (writers place them). */
  body: ElementContent[]
  /** Notes in the order of their first call, then uncalled notes in source order. */
  notes: RenderedNote[]
}

const defaultCall = (note: RenderedNote, refId: string): ElementContent => ({
  type: 'element',
  tagName: 'sup',
  properties: {},
  children: [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${note.id}`, id: refId },
      children: [{ type: 'text', value: note.label }],
    },
  ],
})

/**
 * mdast → hast for one article, with note calls rendered by the writer's own
 * function (a pop-up noteref in EPUB, an inline footnote span in print).
 */
export function renderArticle(article: BookArticle, options: RenderOptions = {}): RenderedArticle {
  const call = options.noteCall ?? defaultCall
  const definitions = new Map<string, FootnoteDefinition>()
  visit(article.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    definitions.set(node.identifier, node)
  })
  const notes = new Map<string, RenderedNote>()
  const noteFor = (state: State, id: string): RenderedNote | undefined => {
    const existing = notes.get(id)
    if (existing) return existing
    const def = definitions.get(id)
    if (!def) return undefined
    const note: RenderedNote = { id, label: def.label ?? id, children: [], refIds: [] }
    notes.set(id, note)
    note.children = state.all(def) as ElementContent[]
    return note
  }
  const footnoteReference: Handler = (state, reference) => {
    const node = reference as FootnoteReference
    const note = noteFor(state, node.identifier)
    if (!note) return { type: 'text', value: `[${node.label ?? node.identifier}]` }
    const refId = note.refIds.length === 0 ? `${note.id}-ref` : `${note.id}-ref-${note.refIds.length + 1}`
    note.refIds.push(refId)
    return call(note, refId)
  }
  const footnoteDefinition: Handler = () => undefined
  const tree: Root = article.tree
  const hast = toHast(tree, { handlers: { footnoteReference, footnoteDefinition } }) as HastRoot
  // Uncalled notes still reach the reader: nothing is dropped.
  const state = { all: (def: FootnoteDefinition) => (toHast({ type: 'root', children: def.children }) as HastRoot).children }
  for (const [id, def] of definitions) {
    if (notes.has(id)) continue
    notes.set(id, { id, label: def.label ?? id, children: state.all(def) as ElementContent[], refIds: [] })
  }
  return { body: hast.children as ElementContent[], notes: [...notes.values()] }
}

/** A small hast element builder for writers' front and back matter. */
export function h(tagName: string, properties: Element['properties'], ...children: (ElementContent | string)[]): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
  }
}
