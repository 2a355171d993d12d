import { h } from '@samizdat/book'
import type { BookMeta } from '@samizdat/core'
import type { ElementContent, Root as HastRoot } from 'hast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { coverDescription } from './cover.ts'
import { type Page, para, xhtmlPage } from './page.ts'
import { demoteTitles, safeLinks, withoutImages } from './tidy.ts'

/** The cover as the first page, an image with the cover's words as its alternative. */
export function coverPage(meta: BookMeta, coverFile: string): Page {
  const body = h(
    'section',
    { 'epub:type': 'cover', className: ['cover'] },
    h('img', { src: coverFile, alt: coverDescription(meta), role: 'doc-cover' }),
  )
  return {
    filename: 'cover.xhtml',
    id: 'cover',
    title: 'Cover',
    xhtml: xhtmlPage({ lang: meta.language, title: meta.title, bodyType: 'cover', body: [body] }),
  }
}

export function titlePage(meta: BookMeta): Page {
  const children: ElementContent[] = [h('h1', { className: ['book-title'] }, meta.title)]
  if (meta.subtitle)
    children.push(h('p', { className: ['subtitle'], role: 'doc-subtitle' }, meta.subtitle))
  if (meta.editor) children.push(para('editor', `Edited by ${meta.editor}`))
  if (meta.publisher) children.push(para('publisher', meta.publisher))
  return {
    filename: 'titlepage.xhtml',
    id: 'titlepage',
    title: 'Title page',
    xhtml: xhtmlPage({
      lang: meta.language,
      title: meta.title,
      bodyType: 'frontmatter',
      body: [h('section', { 'epub:type': 'titlepage', className: ['titlepage'] }, ...children)],
    }),
  }
}

/** The manifest's editor's note is Markdown: paragraphs, emphasis and links survive. */
export function editorsNotePage(meta: BookMeta): Page | undefined {
  if (!meta.editorsNote) return undefined
  const content = (toHast(fromMarkdown(meta.editorsNote)) as HastRoot).children as ElementContent[]
  withoutImages(content)
  demoteTitles(content)
  safeLinks(content, new Set())
  const title = 'Editor’s note'
  return {
    filename: 'editors-note.xhtml',
    id: 'editors-note',
    title,
    xhtml: xhtmlPage({
      lang: meta.language,
      title,
      bodyType: 'frontmatter',
      body: [
        h(
          'section',
          { 'epub:type': 'preface', role: 'doc-preface' },
          h('h1', {}, title),
          ...content,
        ),
      ],
    }),
  }
}
