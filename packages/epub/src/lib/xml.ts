import type { ElementContent, Root as HastRoot } from 'hast'
import { toXast } from 'hast-util-to-xast'
import { visit } from 'unist-util-visit'
import type { Element as XastElement } from 'xast'
import { toXml } from 'xast-util-to-xml'

/** XML 1.0 cannot carry these at all, not even as character references. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Forbidden characters become U+FFFD, so a reader sees where something was. */
export function xmlText(value: string): string {
  return value.replace(forbidden, '\uFFFD')
}

/**
 * The serializer leaves `>` unescaped in text, which is well-formed except in
 * the sequence `]]>`; a hostile text can contain it.
 */
function finish(xml: string): string {
  return xml.replaceAll(']]>', ']]&#x3E;')
}

type Props = Record<string, unknown>

/** Cleans text and string attribute values in place (trees here are built per write). */
function clean(tree: HastRoot | XastElement): void {
  visit(tree, (node) => {
    if (node.type === 'text') node.value = xmlText(node.value)
    const props = (
      node.type === 'element'
        ? 'properties' in node
          ? node.properties
          : node.attributes
        : undefined
    ) as Props | undefined
    if (!props) return
    for (const [key, value] of Object.entries(props)) {
      if (typeof value === 'string') props[key] = xmlText(value)
    }
  })
}

/**
 * hast → XHTML through xast, so the output is XML whatever the tree holds
 * (boolean attributes get a value, SVG keeps its namespace).
 */
export function hastToXhtml(nodes: ElementContent[] | HastRoot): string {
  const root: HastRoot = Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes
  clean(root)
  // The workspace holds two @types/hast patch releases; the trees are the same shape.
  const xast = toXast(root as Parameters<typeof toXast>[0])
  return finish(toXml(xast, { closeEmptyElements: true }))
}

/** xast → an XML document with its declaration. */
export function xmlDocument(root: XastElement): string {
  clean(root)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${finish(toXml(root, { closeEmptyElements: true }))}\n`
}
