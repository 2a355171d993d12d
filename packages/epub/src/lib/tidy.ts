import type { Element, ElementContent, Parents } from 'hast'
import { visit } from 'unist-util-visit'
import { webLink } from './page.ts'

/**
 * The book carries no images, and a writer must fetch nothing: a picture left
 * in a text becomes a link to where it was, named by its alt text.
 */
export function withoutImages(nodes: ElementContent[]): void {
  const root = { type: 'root' as const, children: nodes }
  visit(root, 'element', (node: Element, index, parent: Parents | undefined) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return
    const src = String(node.properties.src ?? '')
    const alt = String(node.properties.alt ?? '') || src
    parent.children.splice(index, 1, webLink(src, alt))
  })
}

/** Section headings sit under the article title, which is the page's `h1`. */
export function demoteTitles(nodes: ElementContent[]): void {
  visit({ type: 'root', children: nodes }, 'element', (node: Element) => {
    if (node.tagName === 'h1') node.tagName = 'h2'
  })
}

/** Every `id` in some trees, so fragment links can be checked against them. */
export function idsIn(nodes: ElementContent[]): Set<string> {
  const ids = new Set<string>()
  visit({ type: 'root', children: nodes }, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id)
  })
  return ids
}

/**
 * A link from a web page may point anywhere: a page-relative path is resolved
 * against the page's address, a fragment must name an id in the chapter, and
 * only web, mail and in-book targets stay links; anything else keeps its text.
 */
export function safeLinks(nodes: ElementContent[], ids: Set<string>, base?: string): void {
  visit({ type: 'root', children: nodes }, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return
    const href = node.properties.href
    if (href.startsWith('#')) {
      if (!ids.has(decodeURIComponent(href.slice(1)))) delete node.properties.href
      return
    }
    let url: URL | undefined
    try {
      url = new URL(href, base)
    } catch {
      url = undefined
    }
    if (url && /^(https?|mailto):$/.test(url.protocol)) node.properties.href = url.href
    else delete node.properties.href
  })
}
