import type { Element, ElementContent, Properties } from 'hast'

/** A child as the report writes it: a node, or a string for a text node. */
export type Child = ElementContent | string

const node = (child: Child): ElementContent =>
  typeof child === 'string' ? { type: 'text', value: child } : child

/**
 * A hast element made directly. `hastscript`'s `h()` parses the tag name as a
 * selector and looks every property up in the HTML schema, which costs more
 * than the rest of rendering a raw line; the report's elements are written
 * the way `h()` would store them (hast property names, `className` a list),
 * so they need neither.
 */
export function el(
  tagName: string,
  properties: Properties = {},
  children: Child | readonly Child[] = [],
): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: Array.isArray(children)
      ? (children as readonly Child[]).map(node)
      : [node(children as Child)],
  }
}
