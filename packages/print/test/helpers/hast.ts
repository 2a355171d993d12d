import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString as textOf } from 'hast-util-to-string'

export { textOf }

export function parse(html: string): Root {
  return fromHtml(html)
}

/** Every element under `node` (itself included) that passes the test. */
export function all(node: Nodes, test: (e: Element) => boolean): Element[] {
  const out: Element[] = []
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) out.push(n)
    if (n.type === 'element' || n.type === 'root') for (const c of n.children) walk(c)
  }
  walk(node)
  return out
}

export function hasClass(e: Element, name: string): boolean {
  const c = e.properties.className
  return Array.isArray(c) && c.includes(name)
}

export const byClass = (node: Nodes, name: string) => all(node, (e) => hasClass(e, name))
export const byTag = (node: Nodes, tag: string) => all(node, (e) => e.tagName === tag)
export const byId = (node: Nodes, id: string) => all(node, (e) => e.properties.id === id)[0]

/** The contents of the document's `<style>`. */
export function styleOf(tree: Root): string {
  return byTag(tree, 'style').map(textOf).join('\n')
}
