import { h, joinNames, publicationLine, type RenderedNote, renderArticle } from '@samizdat/book'
import type { BookArticle } from '@samizdat/core'
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { hyphenateTree } from './hyphenate.ts'
import { inlineBlocks, noteElementId, printNoteCall, withLabel } from './notes.ts'

/**
 * A short form of a title for the running head: up to a colon, else cut at a
 * word before `max` characters, so the head stays on one line.
 */
export function runningTitle(title: string, max = 48): string {
  const trimmed = title.trim()
  const beforeColon = trimmed.split(/:\s/)[0] ?? trimmed
  if (beforeColon.length <= max) return beforeColon
  const cut = beforeColon.slice(0, max).replace(/\s+\S*$/, '')
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`
}

/** Headings inside an article sit under the chapter title: an `h1` in the body becomes `h2`. */
function demoteTitles(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node
    const tagName = node.tagName === 'h1' ? 'h2' : node.tagName
    return { ...node, tagName, children: demoteTitles(node.children) }
  })
}

/** Notes no call points to: printed after the article, so nothing is lost. */
function uncalledNotes(notes: RenderedNote[]): Element | undefined {
  const loose = notes.filter((n) => n.refIds.length === 0)
  if (loose.length === 0) return undefined
  return h(
    'section',
    { className: ['uncalled-notes'] },
    h('h2', {}, 'Notes'),
    ...loose.map((note) =>
      h(
        'p',
        { className: ['uncalled-note'] },
        ...withLabel(inlineBlocks(note.children), note.label, noteElementId(note)),
      ),
    ),
  )
}

/** The chapter opening: title, subtitle, author, and where and when the text first appeared. */
function opening(article: BookArticle): Element {
  const m = article.meta
  const title = m.title ?? article.id
  const parts: Element[] = [
    h('h1', { className: ['chapter-title'], dataRunning: runningTitle(title) }, title),
  ]
  if (m.subtitle) parts.push(h('p', { className: ['chapter-subtitle'] }, m.subtitle))
  const authors = joinNames(m.authors)
  if (authors) parts.push(h('p', { className: ['chapter-author'] }, authors))
  const line = publicationLine(m)
  if (line) parts.push(h('p', { className: ['chapter-pub'] }, line))
  return h('header', { className: ['chapter-head'] }, ...parts)
}

/**
 * One article as a print chapter: its opening, its standfirst, its body with
 * every note as an inline footnote at its call, and soft hyphens for the engine.
 */
export function chapter(article: BookArticle, language: string): Element {
  const rendered = renderArticle(article, { noteCall: printNoteCall })
  const body: ElementContent[] = demoteTitles(rendered.body)
  const standfirst = article.meta.standfirst
  const content: ElementContent[] = []
  if (standfirst) content.push(h('p', { className: ['standfirst'] }, standfirst))
  content.push(...body)
  const loose = uncalledNotes(rendered.notes)
  if (loose) content.push(loose)
  const main = h('div', { className: ['chapter-body'] }, ...content)
  hyphenateTree(main, language)
  return h('section', { className: ['chapter'], id: article.id }, opening(article), main)
}

/**
 * One chapter as finished HTML, the form a worker renders ahead of the
 * book's assembly and the build cache keeps: `writePrintHtml` places it as it is.
 */
export function printChapter(article: BookArticle, language: string): string {
  // Two @types/hast versions sit in the workspace; the trees are the same shape.
  return toHtml(chapter(article, language) as Parameters<typeof toHtml>[0])
}
