import { h } from '@samizdat/book'
import type { Element, ElementContent } from 'hast'
import { hastToXhtml } from './xml.ts'

/** One XHTML content document of the book, ready for the package. */
export interface Page {
  /** File name inside the package's content folder. */
  filename: string
  /** Manifest id (an XML name). */
  id: string
  title: string
  xhtml: string
}

export interface PageOptions {
  lang: string
  title: string
  /** `epub:type` of the body: `frontmatter`, `bodymatter`, `backmatter`. */
  bodyType?: string
  body: ElementContent[]
  /** Extra `<link>` or `<meta>` elements for the head. */
  head?: Element[]
}

/** A complete XHTML5 content document with `lang` and `xml:lang`, linking the one stylesheet. */
export function xhtmlPage(options: PageOptions): string {
  const html = h(
    'html',
    {
      xmlns: 'http://www.w3.org/1999/xhtml',
      'xmlns:epub': 'http://www.idpf.org/2007/ops',
      lang: options.lang,
      'xml:lang': options.lang,
    },
    h(
      'head',
      {},
      h('meta', { charSet: 'utf-8' }),
      h('title', {}, options.title),
      h('link', {
        rel: ['stylesheet'],
        type: 'text/css',
        href: 'style.css',
      }),
      ...(options.head ?? []),
    ),
    h('body', options.bodyType ? { 'epub:type': options.bodyType } : {}, ...options.body),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${hastToXhtml([html])}\n`
}

/** A paragraph with a class, the commonest element of front and back matter. */
export function para(
  className: string | undefined,
  ...children: (ElementContent | string)[]
): Element {
  return h('p', className ? { className: [className] } : {}, ...children)
}

/** A link to an outside page, only for web addresses: anything else stays text. */
export function webLink(url: string, label?: string): ElementContent {
  return /^https?:\/\//i.test(url)
    ? h('a', { href: url }, label ?? url)
    : { type: 'text', value: label ?? url }
}
