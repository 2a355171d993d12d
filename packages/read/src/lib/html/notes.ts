import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { attr, elementsOf, isElement, textOf, wordCount } from './dom.ts'

/**
 * Note anchors → footnotes. A reference is a same-page link (`href="#n1"`)
 * whose text is a note label (`1`, `[12]`, `(3)`, `*`, `iv`, `a` in a `<sup>`)
 * and whose target (an `id`, or an `<a name>`) comes later in the page. The
 * target's note is the largest block around it that holds no other note and
 * no reference: a list item of an endnote list, a paragraph of a Word-style
 * footnote, a `<div>` of several paragraphs. Targets are looked up in the
 * whole page, before the article is looked for: references become
 * `sz-noteref` elements and note blocks leave the page, so the extractor
 * neither scores nor drops them.
 */
export interface NoteDefinitionBlock {
  identifier: string
  /** The label as printed, brackets removed. */
  label: string
  /** The note's content, label and back-links removed. */
  content: ElementContent[]
  /** The original blocks (for removal from the article and for the audit). */
  blocks: Element[]
}

export interface NoteLinks {
  definitions: NoteDefinitionBlock[]
  /** The `sz-noteref` elements put in the page, with the identifier each points to. */
  references: Map<Element, string>
  /** Labels of reference links whose target is missing, with the link. */
  missing: { label: string; element: Element }[]
}

export const noteReferenceTag = 'sz-noteref'

const labelInside = /^(\d{1,4}|[a-z]|[ivxlc]{1,6}|\*{1,3}|[†‡§¶]{1,2})\*?$/i

/** `[12]` → `12`; undefined when the text is no note label. */
export function noteLabel(text: string): string | undefined {
  const inner = text.trim().replace(/^[[({]\s*(.*?)\s*[\])}]$/, '$1')
  return labelInside.test(inner) ? inner : undefined
}

const blockTags = new Set([
  'p',
  'li',
  'div',
  'dd',
  'dt',
  'section',
  'aside',
  'blockquote',
  'td',
  'footer',
  'article',
  'tr',
  'table',
  'ol',
  'ul',
  'dl',
])

const noteLikeHref = /^#(?:.*(?:note|fn|ftn|ref|cite)|n|r)[\W_]*[\da-z]{1,4}$/i

const backLinkText = /^(?:\s|↩|↑|\^|⇑|⬆|\ufe0e|\ufe0f|back|return|top|ret\.?)*$/iu

interface Candidate {
  anchor: Element
  /** What the footnote reference replaces: the anchor, or a `<sup>` around only it. */
  replace: Element
  label: string
  target: Element
}

export function linkNotes(page: Root): NoteLinks {
  const pageElements = elementsOf(page)
  const order = new Map<Element, number>()
  const parent = new Map<Element, Element>()
  const targets = new Map<string, Element>()
  pageElements.forEach((element, index) => {
    order.set(element, index)
    for (const child of element.children) if (child.type === 'element') parent.set(child, element)
    const keys = [attr(element, 'id'), element.tagName === 'a' ? attr(element, 'name') : undefined]
    for (const key of keys) if (key && !targets.has(key)) targets.set(key, element)
  })

  const missing: NoteLinks['missing'] = []
  const candidates: Candidate[] = []
  for (const anchor of pageElements) {
    if (anchor.tagName !== 'a') continue
    const href = attr(anchor, 'href') ?? ''
    if (!href.startsWith('#') || href.length < 2) continue
    const text = textOf(anchor)
    const label = noteLabel(text)
    const up = parent.get(anchor)
    const inSup = isElement(up, 'sup') && textOf(up) === text
    if (!label) continue
    // A label printed bare (no superscript, no brackets) is a note only when the
    // anchor's name says so (`#fn3`, `#note3`, `#_ftn3`): `<a href="#comments">3</a>` is a count.
    const printedAsNote = inSup || /^[[(]/.test(text)
    if (!printedAsNote && (/^[a-z]+$/i.test(label) || !noteLikeHref.test(href))) continue
    const target = targets.get(decodeURIComponent(href.slice(1)))
    if (!target) {
      if (inSup || /^[[(]/.test(text)) missing.push({ label, element: anchor })
      continue
    }
    // A link back up the page is a back-link from a note, not a reference to one.
    if ((order.get(target) ?? -1) <= (order.get(anchor) ?? -1)) continue
    if (
      /^h[1-6]$/.test(target.tagName) ||
      elementsOf(target).some((e) => /^h[1-6]$/.test(e.tagName))
    )
      continue
    candidates.push({ anchor, replace: inSup && up ? up : anchor, label, target })
  }

  const anchors = new Set(candidates.map((c) => c.anchor))
  const targetSet = new Set(candidates.map((c) => c.target))
  const holdsOther = (element: Element, own: Element) =>
    elementsOf(element).some((e) => (e !== own && targetSet.has(e)) || anchors.has(e))

  const byTarget = new Map<Element, NoteDefinitionBlock>()
  const identifiers = new Set<string>()
  const definitions: NoteDefinitionBlock[] = []
  // All notes are delimited before any reference is replaced: the climb
  // needs every reference still in place to know where a note stops.
  for (const candidate of candidates) {
    if (byTarget.has(candidate.target)) continue
    const blocks = noteBlocks(candidate.target, parent, (e) => holdsOther(e, candidate.target))
    const content = cleanContent(blocks, candidate)
    if (wordCount(content.map((node) => textOf(node)).join(' ')) === 0) continue
    let identifier = candidate.label.toLowerCase()
    for (let n = 2; identifiers.has(identifier); n++)
      identifier = `${candidate.label.toLowerCase()}-${n}`
    identifiers.add(identifier)
    const definition = { identifier, label: candidate.label, content, blocks }
    byTarget.set(candidate.target, definition)
    definitions.push(definition)
  }
  const references = new Map<Element, string>()
  for (const candidate of candidates) {
    const definition = byTarget.get(candidate.target)
    if (!definition) continue
    const reference = replaceWithReference(candidate.replace, definition, parent)
    if (reference) references.set(reference, definition.identifier)
  }
  for (const definition of definitions) for (const block of definition.blocks) detach(block, parent)
  return { definitions, references, missing }
}

/** Take a note's block out of the page, and the containers it leaves empty. */
function detach(block: Element, parent: Map<Element, Element>): void {
  let node = block
  for (let up = parent.get(node); up; up = parent.get(up)) {
    up.children = up.children.filter((child) => child !== node)
    if (textOf(up) !== '' || ['body', 'html', 'main', 'article'].includes(up.tagName)) return
    node = up
  }
}

/** The note's blocks: climb while the parent holds no other note; split a shared block at the next note. */
function noteBlocks(
  target: Element,
  parent: Map<Element, Element>,
  holdsOther: (e: Element) => boolean,
): Element[] {
  let block = target
  for (
    let up = parent.get(block);
    up && !['body', 'html', 'main'].includes(up.tagName);
    up = parent.get(up)
  ) {
    if (holdsOther(up)) break
    block = up
  }
  if (blockTags.has(block.tagName)) return [block]
  // Several notes share one block (`<a name=n1>1</a> … <br><a name=n2>2</a> …`):
  // the note runs from its own anchor to the next note's.
  let child = block
  let container = parent.get(block)
  while (container && !blockTags.has(container.tagName)) {
    child = container
    container = parent.get(container)
  }
  if (!container) return [block]
  const start = container.children.indexOf(child)
  const run: ElementContent[] = []
  for (let i = start; i < container.children.length; i++) {
    const node = container.children[i]!
    if (i > start && node.type === 'element' && holdsOther(node)) break
    run.push(node)
  }
  // The run becomes a synthetic paragraph; its nodes leave the shared block.
  container.children = container.children.filter((node) => !run.includes(node))
  const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: run }
  if (target.position) paragraph.position = target.position
  return [paragraph]
}

/** Drop the label and back-links from a note's content. */
function cleanContent(blocks: Element[], candidate: Candidate): ElementContent[] {
  const ownKeys = new Set(
    [attr(candidate.anchor, 'id'), attr(candidate.anchor, 'name')].filter(Boolean),
  )
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node]
      if (node.tagName === 'a') {
        const href = attr(node, 'href') ?? ''
        const text = textOf(node)
        const backToRef = href.startsWith('#') && ownKeys.has(decodeURIComponent(href.slice(1)))
        if (node === candidate.target && (text === '' || noteLabel(text))) return []
        if (backToRef || (href.startsWith('#') && backLinkText.test(text))) return []
      }
      return [{ ...node, children: strip(node.children) }]
    })
  const content = blocks.length === 1 && blocks[0] ? strip(blocks[0].children) : strip(blocks)
  dropLeadingLabel(content, candidate.label)
  return content
}

/** Remove a printed label (`12.`, `[12]`, `(12)`) at the very start of the note. */
function dropLeadingLabel(nodes: ElementContent[], label: string): void {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^\\s*[[(]?${escaped}[\\])]?[.:)]?\\s*`)
  const first = firstText(nodes)
  if (first && pattern.test(first.value)) first.value = first.value.replace(pattern, '')
}

function firstText(nodes: (ElementContent | RootContent)[]): Text | undefined {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim()) return node
      continue
    }
    if (node.type === 'element') {
      const found = firstText(node.children)
      if (found) return found
      if (textOf(node)) return undefined
    }
  }
  return undefined
}

function replaceWithReference(
  element: Element,
  definition: NoteDefinitionBlock,
  parent: Map<Element, Element>,
): Element | undefined {
  const up = parent.get(element)
  const index = up ? up.children.indexOf(element) : -1
  if (!up || index < 0) return undefined
  const reference: Element = {
    type: 'element',
    tagName: noteReferenceTag,
    properties: { identifier: definition.identifier, label: definition.label },
    children: [],
  }
  if (element.position) reference.position = element.position
  up.children[index] = reference
  parent.set(reference, up)
  return reference
}
