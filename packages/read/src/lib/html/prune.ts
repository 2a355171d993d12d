import type { Element, Root } from 'hast'
import { attr, isElement, removeWhere, textOf, wordCount } from './dom.ts'

/**
 * What never reaches an article, whatever the extractor decides: code,
 * embedded documents and players, form controls, and what the page itself
 * hides. None of it is visible text, so nothing here is recorded.
 */
const neverContent = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'svg',
  'math',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'link',
  'meta',
  'base',
  'title',
  'head',
])

// A form this long is a page wrapper (ASP.NET pages put the whole body in one);
// a shorter one is a search box, a newsletter sign-up or a comment form.
const wrapperFormWords = 150

export function isHidden(element: Element): boolean {
  const { properties } = element
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null)
    return true
  if (attr(element, 'ariaHidden') === 'true') return true
  const style = (attr(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '')
  return style.includes('display:none') || style.includes('visibility:hidden')
}

/** Take out what is never content, in place. */
export function pruneNonContent(tree: Root): void {
  removeWhere(tree, (node) => {
    if (node.type === 'comment' || node.type === 'doctype') return true
    if (!isElement(node)) return false
    if (neverContent.has(node.tagName)) return true
    if (isHidden(node)) return true
    if (node.tagName === 'form') return wordCount(textOf(node)) < wrapperFormWords
    return false
  })
}
