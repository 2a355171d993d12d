import { recordRemoval } from '@samizdat/core'
import type { Element, Root, RootContent, Text } from 'hast'
import type { VFile } from 'vfile'
import { elementsOf, linesOf, textOf } from './dom.ts'

/**
 * The audit trail of extraction: every stretch of visible page text that did
 * not make it into the article (masthead, navigation, sidebars, footer, and
 * what the extractor cut inside the article) is recorded once, as the largest
 * element that holds nothing kept, with its lines in the saved page.
 */
export const leftOutRule = 'read:html-furniture'

export function recordLeftOut(
  file: VFile,
  tree: Root,
  kept: Set<Element>,
  keptText?: Set<Text>,
): void {
  const holdsKept = new Set<Element>()
  const parent = new Map<Element | Text, Element>()
  for (const element of elementsOf(tree)) {
    for (const child of element.children)
      if (child.type === 'element' || child.type === 'text') parent.set(child, element)
  }
  for (const node of [...kept, ...(keptText ?? [])]) {
    for (let up = parent.get(node); up && !holdsKept.has(up); up = parent.get(up)) holdsKept.add(up)
  }
  const textKept = (node: Text) => (keptText ? keptText.has(node) : true)
  const body = elementsOf(tree).find((element) => element.tagName === 'body')
  const walk = (nodes: RootContent[], inKept: boolean) => {
    for (const node of nodes) {
      if (node.type === 'element') {
        if (kept.has(node)) walk(node.children, true)
        else if (holdsKept.has(node)) walk(node.children, false)
        else note(node, inKept)
      } else if (node.type === 'text' && !textKept(node)) {
        // Text is kept or not by itself: the extractor moves text out of the elements it rebuilds.
        note(node, inKept)
      }
    }
  }
  const note = (node: RootContent, inKept: boolean) => {
    const text = textOf(node)
    const lines = linesOf(node)
    if (!text || !lines) return
    recordRemoval(file, {
      ruleId: leftOutRule,
      reason: inKept
        ? 'Cut by the article extractor inside the article'
        : 'Page furniture outside the article',
      ...lines,
      text,
    })
  }
  walk((body ?? tree).children, false)
}
