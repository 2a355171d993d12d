import type { Element, RootContent as HastContent, Root as HastRoot } from 'hast'
import { type State, toMdast } from 'hast-util-to-mdast'
import type {
  FootnoteDefinition,
  FootnoteReference,
  Link,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import { attr } from './dom.ts'
import { type NoteDefinitionBlock, noteReferenceTag } from './notes.ts'

/**
 * hast → mdast with the unified stack (hast-util-to-mdast), plus what a book
 * needs from a page: note references become `footnoteReference`, their notes
 * `footnoteDefinition`s at the end; links are made absolute against the
 * page's address; `javascript:` and same-page links become their text; images
 * and media never reach the tree.
 */
export interface ConvertOptions {
  /** The page's address (`<base href>`, canonical URL): relative links resolve against it. */
  base?: string
}

/** An absolute URL for `href`, or undefined when the link leads nowhere a reader can go. */
export function resolveHref(href: string, base: string | undefined): string | undefined {
  const value = href.trim()
  if (!value || value.startsWith('#')) return undefined
  if (/^(?:javascript|data|vbscript|about|blob):/i.test(value)) return undefined
  try {
    return new URL(value, base).href
  } catch {
    // Relative with no base known: keep what the page says.
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? undefined : value
  }
}

function handlers(options: ConvertOptions) {
  return {
    a(state: State, node: Element) {
      const children = state.all(node) as PhrasingContent[]
      const url = resolveHref(attr(node, 'href') ?? '', options.base)
      if (!url) return children
      const link: Link = { type: 'link', url, title: null, children }
      state.patch(node, link)
      return link
    },
    [noteReferenceTag](state: State, node: Element) {
      const reference: FootnoteReference = {
        type: 'footnoteReference',
        identifier: String(node.properties.identifier),
        label: String(node.properties.label),
      }
      state.patch(node, reference)
      return reference
    },
    img: () => undefined,
    picture: () => undefined,
    video: () => undefined,
    audio: () => undefined,
  }
}

function convert(children: HastContent[], options: ConvertOptions): RootContent[] {
  const tree: HastRoot = { type: 'root', children }
  const result = toMdast(tree, { handlers: handlers(options), document: true })
  return result.type === 'root' ? result.children : []
}

export function articleToMdast(
  children: HastContent[],
  definitions: NoteDefinitionBlock[],
  options: ConvertOptions,
): Root {
  const body = convert(children, options)
  const notes: FootnoteDefinition[] = definitions.map((definition) => {
    const content = convert(definition.content, options).filter(
      (node): node is FootnoteDefinition['children'][number] => node.type !== 'footnoteDefinition',
    )
    const note: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: definition.identifier,
      label: definition.label,
      children: content,
    }
    const first = definition.blocks[0]?.position
    const last = definition.blocks.at(-1)?.position
    if (first && last) note.position = { start: first.start, end: last.end }
    return note
  })
  return { type: 'root', children: [...body, ...notes] }
}
