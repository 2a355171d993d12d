import { Readability } from '@mozilla/readability'
import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { parseHTML } from 'linkedom'
import { elementsOf, isElement } from './dom.ts'

/**
 * Finding the article: Mozilla Readability (Firefox Reader View) scores the
 * page's blocks on a light DOM (linkedom). Readability rewrites the DOM it
 * works on, so instead of taking its output HTML we number every element of
 * our own tree (`data-sz`) before handing it over, read back which numbers
 * survive, and keep those elements of the original tree: its positions (lines
 * of the saved page), ids and note anchors stay as the page had them.
 */
export interface Extraction {
  /** The article's blocks, in page order, taken from the original tree. */
  children: RootContent[]
  /** False when Readability found no article and the whole body was kept. */
  found: boolean
  /** The page's elements Readability kept (all of the body's when it found nothing). */
  kept: Set<Element>
  /** The page's text nodes Readability kept (undefined when it found nothing: all were). */
  keptText?: Set<Text>
  /** What Readability saw as the byline, when it found one. */
  byline?: string
}

const indexAttribute = 'data-sz'
const textAttribute = 'data-szt'

// Inline line breaks carry no score, and Readability drops or replaces some
// of them while rebuilding paragraphs; inside a kept element they stay.
const alwaysWithParent = new Set(['br', 'wbr'])

// The little of the DOM this file touches (the project compiles without the DOM library).
interface DomElement {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }>
}

interface Kept {
  elements: Set<Element>
  texts: Set<Text>
  byline?: string
}

/**
 * Readability moves text out of the elements it rebuilds (a `<div>` of loose
 * text becomes new `<p>`s), so every piece of text is numbered too, inside a
 * neutral `<span>`, and text is kept by its own number.
 */
function keptByReadability(body: Element | Root, title: string | undefined): Kept | undefined {
  const elements = elementsOf(body)
  const indexOf = new Map(elements.map((element, index) => [element, index]))
  const texts: Text[] = []
  const numbered = (node: ElementContent): ElementContent => {
    if (node.type === 'text') {
      if (!node.value.trim()) return node
      texts.push(node)
      return {
        type: 'element',
        tagName: 'span',
        properties: { [textAttribute]: texts.length - 1 },
        children: [node],
      }
    }
    if (node.type !== 'element') return node
    const index = indexOf.get(node)
    return {
      ...node,
      properties: { ...node.properties, [indexAttribute]: index },
      children: node.children.map(numbered),
    }
  }
  const copy =
    body.type === 'root'
      ? { ...body, children: body.children.map((c) => (c.type === 'doctype' ? c : numbered(c))) }
      : numbered(body)
  const head = title ? `<head><title>${escapeText(title)}</title></head>` : '<head></head>'
  const html = `<!doctype html><html>${head}${toHtml(copy as Root)}</html>`
  const { document } = parseHTML(html)
  const kept: Kept = { elements: new Set(), texts: new Set() }
  const reader = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      serializer: (node) => {
        const root = node as unknown as DomElement
        for (const element of root.querySelectorAll(`[${indexAttribute}]`)) {
          const found = elements[Number(element.getAttribute(indexAttribute))]
          if (found) kept.elements.add(found)
        }
        for (const element of root.querySelectorAll(`[${textAttribute}]`)) {
          const found = texts[Number(element.getAttribute(textAttribute))]
          if (found) kept.texts.add(found)
        }
        return ''
      },
    },
  )
  const result = reader.parse()
  if (!result || kept.texts.size === 0) return undefined
  if (result.byline) kept.byline = result.byline
  return kept
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/**
 * The original tree cut down to what was kept: kept text stays, and so does
 * every element Readability kept or that holds kept text of its own; an
 * element with only kept descendants gives way to them; the rest goes.
 */
function cut(nodes: ElementContent[], kept: Kept, parentStays: boolean): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if (kept.texts.has(node) || (parentStays && !node.value.trim())) out.push(node)
      continue
    }
    if (node.type !== 'element') continue
    const ownText = node.children.some((child) => child.type === 'text' && kept.texts.has(child))
    if (kept.elements.has(node) || ownText || (parentStays && alwaysWithParent.has(node.tagName))) {
      out.push({ ...node, children: cut(node.children, kept, true) })
    } else {
      out.push(...cut(node.children, kept, false))
    }
  }
  return out
}

export function extractArticle(tree: Root, title: string | undefined): Extraction {
  const body = elementsOf(tree).find((element) => element.tagName === 'body')
  let found: Kept | undefined
  try {
    found = keptByReadability(body ?? tree, title)
  } catch {
    // A page the light DOM cannot take is read whole rather than lost.
    found = undefined
  }
  if (!found) {
    const children = body ? body.children : tree.children.filter((node) => isElement(node))
    return {
      children: children as RootContent[],
      found: false,
      kept: new Set(elementsOf(body ?? tree)),
    }
  }
  const children = cut((body ?? tree).children as ElementContent[], found, false)
  const extraction: Extraction = {
    children: children as RootContent[],
    found: true,
    kept: found.elements,
    keptText: found.texts,
  }
  if (found.byline) extraction.byline = found.byline
  return extraction
}
