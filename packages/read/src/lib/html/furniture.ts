import { metaOf, recordFinding, recordRemoval } from '@samizdat/core'
import type { Element, ElementContent, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { attr, elementsOf, isElement, linesOf, nameTokens, textOf, wordCount } from './dom.ts'
import { type PageMeta, splitAuthors } from './meta.ts'
import { noteReferenceTag } from './notes.ts'
import {
  furnitureWords,
  isOffscreen,
  metadataWords,
  pictureWords,
  standfirstWords,
  type TextKind,
  textKind,
} from './patterns.ts'

/**
 * What the extractor leaves inside the article that is not the author's text:
 * pictures and their captions, boxes whose class names say what they are
 * (sharing, related stories, newsletter, byline, date), the article's own
 * header (title, standfirst, byline), blocks of interface text, lists of links
 * to other pages of the site. Each rule names a general pattern of web pages;
 * each removal is recorded, and metadata found on the way (standfirst,
 * credits) goes to `file.data.meta`.
 */
const media = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'map',
])
const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'li',
  'dl',
  'dd',
  'dt',
  'table',
  'blockquote',
  'pre',
  'figure',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'form',
  'main',
])

// A box that holds this share of the article's words is not furniture, whatever its class says.
const largestShare = 0.4

interface Context {
  file: VFile
  meta: PageMeta
  articleWords: number
  host: string | undefined
  /** Words of the article kept so far, in reading order. */
  seen: number
}

// The article's header comes before this many words of its text.
const openingWords = 30

interface Verdict {
  ruleId: string
  reason: string
  kind?: TextKind
}

function holdsMedia(element: Element): boolean {
  return elementsOf(element).some((e) => e !== element && media.has(e.tagName))
}

function holdsNote(element: Element): boolean {
  return elementsOf(element).some((e) => e.tagName === noteReferenceTag)
}

function isLeafBlock(element: Element): boolean {
  return !element.children.some((child) => child.type === 'element' && blockTags.has(child.tagName))
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined
  } catch {
    return undefined
  }
}

/** Share of the text inside links, and how many links lead to the page's own site. */
function links(
  element: Element,
  host: string | undefined,
): { share: number; count: number; sameSite: number } {
  const anchors = elementsOf(element).filter((e) => e.tagName === 'a' && attr(e, 'href'))
  // Letters and digits only: separators between links (`|`, `·`) are no text of their own.
  const size = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length
  const total = size(textOf(element)) || 1
  const inLinks = anchors.reduce((sum, a) => sum + size(textOf(a)), 0)
  const sameSite = anchors.filter((a) => {
    const href = attr(a, 'href') ?? ''
    // A relative address is this site's.
    if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return true
    return host !== undefined && hostOf(href) === host
  }).length
  return { share: inLinks / total, count: anchors.length, sameSite }
}

/** A list of links to other pages of the site: "related stories", "more from". */
function isLinkList(element: Element, context: Context): boolean {
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return false
  const items = element.children.filter((child): child is Element => isElement(child, 'li'))
  if (items.length < 2) return false
  const linked = items.filter((item) => links(item, context.host).share >= 0.8)
  if (linked.length < items.length) return false
  const all = links(element, context.host)
  return all.count > 0 && all.sameSite / all.count >= 0.6
}

/**
 * Whether an element reads as a block of its own: a block element, or an
 * inline one standing between blocks (`<span class="date">` in a `<div>` of
 * paragraphs). A link inside a sentence or a navigation line is no block.
 */
function standsAlone(element: Element, siblings: (ElementContent | RootContent)[]): boolean {
  if (blockTags.has(element.tagName)) return true
  return siblings.every(
    (sibling) =>
      sibling === element ||
      (sibling.type === 'text' && !sibling.value.trim()) ||
      (sibling.type === 'element' && blockTags.has(sibling.tagName)) ||
      sibling.type === 'comment',
  )
}

function verdict(element: Element, context: Context, alone: boolean): Verdict | undefined {
  const text = textOf(element)
  const words = wordCount(text)
  const tag = element.tagName
  if (tag === 'figure' && holdsMedia(element))
    return { ruleId: 'read:html-caption', reason: 'Picture and caption' }
  if (holdsNote(element)) return undefined
  const small = words < context.articleWords * largestShare
  const tokens = nameTokens(element)
  if (small && tokens.length) {
    if (isOffscreen(tokens))
      return { ruleId: 'read:html-boilerplate', reason: 'Text only screen readers or printers get' }
    if (tokens.some((t) => furnitureWords.has(t))) {
      return { ruleId: 'read:html-boilerplate', reason: `Box named \`${tokens.join(' ')}\`` }
    }
    if (words <= 25 && tokens.some((t) => metadataWords.has(t))) {
      return {
        ruleId: 'read:html-boilerplate',
        reason: `Metadata line named \`${tokens.join(' ')}\``,
      }
    }
    // A picture box's text is a caption only once the picture is gone: without one it may be anything.
    if (
      words <= 80 &&
      tokens.some((t) => pictureWords.has(t)) &&
      (holdsMedia(element) || tokens.includes('caption'))
    ) {
      return { ruleId: 'read:html-caption', reason: 'Picture box and its caption' }
    }
  }
  if (small && (tag === 'nav' || tag === 'aside' || tag === 'footer')) {
    return { ruleId: 'read:html-boilerplate', reason: `\`<${tag}>\` inside the article` }
  }
  if (isLinkList(element, context))
    return { ruleId: 'read:html-boilerplate', reason: 'List of links to other pages of the site' }
  if (!text || !alone || !isLeafBlock(element)) return undefined
  const linked = links(element, context.host)
  if (linked.count >= 2 && linked.share >= 0.9 && linked.sameSite / linked.count >= 0.6) {
    return { ruleId: 'read:html-boilerplate', reason: 'Line of links to other pages of the site' }
  }
  const kind = textKind(text, words, linked.count > 0)
  if (kind === 'caption')
    return { ruleId: 'read:html-caption', reason: 'Picture caption or credit', kind }
  if (kind === 'credit') return { ruleId: 'read:html-credit', reason: 'Credit line', kind }
  if (kind) return { ruleId: 'read:html-boilerplate', reason: `Interface text (${kind})`, kind }
  if (isByline(text, words, context)) return { ruleId: 'read:html-byline', reason: 'Byline' }
  return undefined
}

/** A short line naming the page's author(s) and little else. */
function isByline(text: string, words: number, context: Context): boolean {
  if (words > 14) return false
  if (/^by\s+\p{Lu}/u.test(text) && words <= 10) return true
  // Otherwise the line must open with a name the page's metadata gives, and add little to it.
  const authors = context.meta.authors?.value ?? []
  const opening = text.replace(/^(?:(?:posted|written|words|text)\s+)?by\s+/i, '').toLowerCase()
  if (!authors.some((name) => opening.startsWith(name.toLowerCase()))) return false
  const left = authors.reduce(
    (rest, name) => rest.replace(new RegExp(escapeRegExp(name), 'i'), ' '),
    text,
  )
  return wordCount(left.replace(/\b(?:and|by|posted|written|words|text)\b/gi, ' ')) <= 4
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function record(context: Context, node: Element, why: Verdict): void {
  const text = textOf(node)
  const lines = linesOf(node) ?? firstLines(node)
  if (!text || !lines) return
  recordRemoval(context.file, { ruleId: why.ruleId, reason: why.reason, ...lines, text })
  if (why.ruleId === 'read:html-byline' && !context.meta.authors) {
    const authors = splitAuthors(text.replace(/^(?:(?:posted|written|words|text)\s+)?by\s+/i, ''))
    const meta = metaOf(context.file)
    if (authors.length && !meta.authors) {
      meta.authors = authors
      meta.origins = { ...meta.origins, authors: { from: 'html', line: lines.line } }
      recordFinding(context.file, {
        field: 'authors',
        value: authors.join('; '),
        line: lines.line,
        ruleId: why.ruleId,
      })
    }
  }
  if (why.ruleId === 'read:html-credit') {
    const meta = metaOf(context.file)
    meta.credits = [...(meta.credits ?? []), text]
    recordFinding(context.file, {
      field: 'credits',
      value: text,
      line: lines.line,
      ruleId: why.ruleId,
    })
  }
}

/** Lines of the first and last positioned descendants, for elements the extractor rebuilt. */
function firstLines(node: Element): { line: number; endLine: number } | undefined {
  const positioned = elementsOf(node).filter((e) => e.position)
  const first = positioned[0]?.position
  const last = positioned.at(-1)?.position
  return first && last ? { line: first.start.line, endLine: last.end.line } : undefined
}

/** The article's own `<header>`: title and byline are metadata; a standfirst moves there too. */
function takeHeader(element: Element, context: Context): boolean {
  if (element.tagName !== 'header' && !nameTokens(element).some((t) => standfirstWords.has(t)))
    return false
  // Only at the top: further down, `<header>` heads a section of the text.
  if (context.seen >= openingWords) return false
  const words = wordCount(textOf(element))
  if (words === 0 || words >= context.articleWords * largestShare || holdsNote(element))
    return false
  const title = context.meta.title?.value.toLowerCase()
  const blocks = elementsOf(element).filter((e) => isLeafBlock(e) && blockTags.has(e.tagName))
  const candidates = (blocks.length ? blocks : [element]).map((e) => textOf(e))
  const standfirst = candidates.find(
    (text) =>
      wordCount(text) >= 8 &&
      text.toLowerCase() !== title &&
      !textKind(text, wordCount(text), false),
  )
  const meta = metaOf(context.file)
  const lines = linesOf(element) ?? firstLines(element)
  if (standfirst && !meta.standfirst && lines) {
    meta.standfirst = standfirst
    meta.origins = { ...meta.origins, standfirst: { from: 'html', line: lines.line } }
    recordFinding(context.file, {
      field: 'standfirst',
      value: standfirst,
      line: lines.line,
      ruleId: 'read:html-standfirst',
    })
  }
  record(context, element, {
    ruleId: 'read:html-standfirst',
    reason: "The article's header (title, standfirst, byline)",
  })
  return true
}

function filter<T extends ElementContent | RootContent>(context: Context, nodes: T[]): T[] {
  const out: T[] = []
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.type === 'text') context.seen += wordCount(node.value)
      out.push(node)
      continue
    }
    if (media.has(node.tagName)) continue
    if (takeHeader(node, context)) continue
    const why = verdict(node, context, standsAlone(node, nodes))
    if (!why) {
      out.push({ ...node, children: filter(context, node.children) })
      continue
    }
    record(context, node, why)
    // A short label right above a removed list of links ("More stories") goes with it.
    const previous = out.at(-1)
    if (
      why.reason.startsWith('List of links') &&
      isElement(previous) &&
      wordCount(textOf(previous)) <= 6
    ) {
      const label = out.pop() as Element
      record(context, label, {
        ruleId: 'read:html-boilerplate',
        reason: 'Label of a list of links',
      })
    }
  }
  return out
}

export function removeFurniture(
  file: VFile,
  children: RootContent[],
  meta: PageMeta,
): RootContent[] {
  const articleWords = children.reduce(
    (sum, node) => sum + wordCount(isElement(node) || node.type === 'text' ? textOf(node) : ''),
    0,
  )
  return filter({ file, meta, articleWords, host: hostOf(meta.url?.value), seen: 0 }, children)
}
