import type { Element, Nodes, Parents, Root, RootContent } from 'hast'

/** Small helpers over hast, shared by the HTML reader's passes. */

export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName))
}

// Elements whose text never runs into the next element's (`<li>A</li><li>B</li>` is "A B").
const separated = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

/** Visible text of a node, whitespace collapsed, blocks kept apart by a space. */
export function textOf(node: Nodes): string {
  const parts: string[] = []
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value)
    else if (current.type === 'element' || current.type === 'root') {
      const apart = current.type === 'element' && separated.has(current.tagName)
      if (apart) parts.push(' ')
      for (const child of current.children) walk(child)
      if (apart) parts.push(' ')
    }
  }
  walk(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

function attributeText(value: unknown): string {
  if (Array.isArray(value)) return value.join(' ')
  return typeof value === 'string' ? value : ''
}

/**
 * The words of an element's class and id, split at case changes, dashes and
 * underscores and lower-cased: `articleShare-bar` → `article`, `share`, `bar`.
 */
export function nameTokens(element: Element): string[] {
  const raw = `${attributeText(element.properties.className)} ${attributeText(element.properties.id)}`
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** The class and id joined, lower-cased, for substring tests. */
export function nameString(element: Element): string {
  return `${attributeText(element.properties.className)} ${attributeText(element.properties.id)}`.toLowerCase()
}

/** Every element under `tree`, in document order. */
export function elementsOf(tree: Nodes): Element[] {
  const out: Element[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'element') out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

/** Remove the children for which `drop` says so, depth first; `drop` sees each node once. */
export function removeWhere(
  tree: Parents,
  drop: (node: RootContent, parent: Parents) => boolean,
): void {
  const walk = (parent: Parents) => {
    parent.children = parent.children.filter(
      (child) => !drop(child, parent),
    ) as typeof parent.children
    for (const child of parent.children) if ('children' in child) walk(child)
  }
  walk(tree)
}

/** 1-based first and last line of a node in the raw HTML, when the parser gave a position. */
export function linesOf(node: Nodes): { line: number; endLine: number } | undefined {
  const start = node.position?.start.line
  const end = node.position?.end.line
  return start === undefined ? undefined : { line: start, endLine: end ?? start }
}

/** The first element with this tag name, depth first. */
export function findElement(tree: Nodes, name: string): Element | undefined {
  if (tree.type === 'element' && tree.tagName === name) return tree
  if ('children' in tree) {
    for (const child of tree.children) {
      const found = findElement(child, name)
      if (found) return found
    }
  }
  return undefined
}

export function rootOf(children: RootContent[]): Root {
  return { type: 'root', children }
}

/** A string property of an element (`href`, `name`, `content`…), or undefined. */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return undefined
}
