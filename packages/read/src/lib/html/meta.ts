import type { ArticleMeta, MetaOrigin, PartialDate } from '@samizdat/core'
import type { Element, Root } from 'hast'
import { parsePartialDate } from './date.ts'
import { attr, elementsOf, textOf } from './dom.ts'

/**
 * What the page says about itself, outside the article's text: JSON-LD
 * (`Article` and its kinds), Open Graph and `article:` properties, named meta
 * tags (`author`, Dublin Core, Highwire `citation_*`), `<title>` and
 * `<link rel=canonical>`. Earlier sources in that order win.
 */
export interface PageMeta {
  title?: Found<string>
  subtitle?: Found<string>
  authors?: Found<string[]>
  date?: Found<PartialDate>
  publication?: Found<string>
  url?: Found<string>
  rights?: Found<string>
  /** `<base href>`, for resolving relative links. */
  base?: string
}

export interface Found<T> {
  value: T
  origin: MetaOrigin
}

const articleTypes =
  /^(?:\w*Article|BlogPosting|Report|Review|SocialMediaPosting|LiveBlogPosting|Posting)$/

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function originAt(from: string, element: Element): MetaOrigin {
  const line = element.position?.start.line
  return line === undefined ? { from } : { from, line }
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

const urlLike = /^(?:https?:)?\/\//i

/** `By Jane Roe and John Doe` → two names; a URL is no name. */
export function splitAuthors(value: string): string[] {
  const text = value.replace(/^\s*by\s+/i, '').trim()
  if (!text || urlLike.test(text)) return []
  const parts = text.split(/\s*(?:;|&|\band\b)\s*/i).flatMap((part) => {
    const commas = part.split(/\s*,\s*/)
    // `Smith, John` is one name; `Jane Roe, John Doe` is two.
    return commas.every((name) => name.includes(' ')) ? commas : [part]
  })
  return parts.map((part) => part.trim()).filter((part) => part && !urlLike.test(part))
}

function jsonNames(value: Json | undefined): string[] {
  if (typeof value === 'string') return splitAuthors(value)
  if (Array.isArray(value)) return value.flatMap((item) => jsonNames(item))
  if (isObject(value)) {
    if (value['@type'] === 'Organization') return []
    return typeof value.name === 'string' ? splitAuthors(value.name) : []
  }
  return []
}

function jsonName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value)
  if (Array.isArray(value)) return jsonName(value[0])
  if (isObject(value) && typeof value.name === 'string') return clean(value.name)
  return undefined
}

function jsonUrl(value: Json | undefined): string | undefined {
  if (typeof value === 'string' && urlLike.test(value)) return value
  if (isObject(value)) return jsonUrl(value['@id'] ?? value.url)
  return undefined
}

function jsonItems(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonItems)
  if (!isObject(value)) return []
  const graph = value['@graph']
  return [value, ...(graph ? jsonItems(graph) : [])]
}

function isArticle(item: JsonObject): boolean {
  const type = item['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((t) => typeof t === 'string' && articleTypes.test(t))
}

function parseJson(text: string): Json | undefined {
  // Pages wrap JSON-LD in comments or CDATA and leave trailing semicolons.
  const body = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/;\s*$/, '')
  try {
    return JSON.parse(body) as Json
  } catch {
    return undefined
  }
}

function fromJsonLd(elements: Element[], meta: PageMeta): void {
  for (const element of elements) {
    if (element.tagName !== 'script' || !/ld\+json/i.test(attr(element, 'type') ?? '')) continue
    const json = parseJson(
      element.children.map((child) => ('value' in child ? child.value : '')).join(''),
    )
    if (json === undefined) continue
    const article = jsonItems(json).find(isArticle)
    if (!article) continue
    const origin = originAt('json-ld', element)
    const set = <K extends keyof PageMeta>(
      key: K,
      value: PageMeta[K] extends Found<infer T> | undefined ? T | undefined : never,
    ) => {
      if (value === undefined || (Array.isArray(value) && value.length === 0) || meta[key]) return
      ;(meta as Record<string, Found<unknown>>)[key] = { value, origin }
    }
    set('title', jsonName(article.headline) ?? jsonName(article.name))
    set('subtitle', jsonName(article.alternativeHeadline))
    set('authors', jsonNames(article.author ?? article.creator))
    set('date', parsePartialDate(article.datePublished ?? article.dateCreated))
    set('publication', jsonName(article.publisher) ?? jsonName(article.isPartOf))
    set('url', jsonUrl(article.url) ?? jsonUrl(article.mainEntityOfPage))
    return
  }
}

// Property or name of a meta tag → field, in order of trust within each field.
const metaFields: Record<string, keyof PageMeta> = {
  'og:title': 'title',
  citation_title: 'title',
  'dc.title': 'title',
  'dcterms.title': 'title',
  'twitter:title': 'title',
  'article:author': 'authors',
  citation_author: 'authors',
  author: 'authors',
  'dc.creator': 'authors',
  'dcterms.creator': 'authors',
  'article:published_time': 'date',
  citation_publication_date: 'date',
  citation_date: 'date',
  'dc.date': 'date',
  'dcterms.date': 'date',
  'dcterms.issued': 'date',
  date: 'date',
  pubdate: 'date',
  'publish-date': 'date',
  'og:site_name': 'publication',
  citation_journal_title: 'publication',
  'og:url': 'url',
  'dc.rights': 'rights',
  'dcterms.rights': 'rights',
  copyright: 'rights',
}

function fromMetaTags(elements: Element[], meta: PageMeta): void {
  const ranked = Object.keys(metaFields)
  const found: { rank: number; key: keyof PageMeta; content: string; element: Element }[] = []
  for (const element of elements) {
    if (element.tagName !== 'meta') continue
    const name = (
      attr(element, 'property') ??
      attr(element, 'name') ??
      attr(element, 'itemProp') ??
      ''
    ).toLowerCase()
    const key = metaFields[name]
    const content = clean(attr(element, 'content'))
    if (key && content) found.push({ rank: ranked.indexOf(name), key, content, element })
  }
  found.sort((a, b) => a.rank - b.rank)
  const authors: string[] = []
  let authorsOrigin: MetaOrigin | undefined
  for (const { key, content, element } of found) {
    const origin = originAt('html-meta', element)
    if (key === 'authors') {
      // Several `citation_author` tags make one list; a URL-valued `article:author` yields nothing.
      if (meta.authors) continue
      const names = splitAuthors(content).filter((name) => !authors.includes(name))
      if (names.length && (!authorsOrigin || element.properties.name === 'citation_author')) {
        authors.push(...names)
        authorsOrigin ??= origin
      }
      continue
    }
    if (meta[key]) continue
    if (key === 'date') {
      const date = parsePartialDate(content)
      if (date) meta.date = { value: date, origin }
    } else if (key === 'url') {
      if (urlLike.test(content)) meta.url = { value: content, origin }
    } else if (key !== 'base') {
      ;(meta as Record<string, Found<string>>)[key] = { value: content, origin }
    }
  }
  if (!meta.authors && authors.length && authorsOrigin)
    meta.authors = { value: authors, origin: authorsOrigin }
}

/** `Title | Site` → `Title` when the site's name is known or the page's `h1` says so. */
function titleFromDocument(
  elements: Element[],
  publication: string | undefined,
): Found<string> | undefined {
  const title = elements.find((element) => element.tagName === 'title')
  const text = title ? clean(textOf(title)) : undefined
  if (!title || !text) return undefined
  const origin = originAt('html-title', title)
  // `Pamphlet No. 4: The Bakery` with a heading `The Bakery`: the heading is the title.
  for (const element of elements) {
    if (element.tagName !== 'h1' && element.tagName !== 'h2') continue
    const heading = textOf(element)
    if (heading.length >= 10 && text.includes(heading)) return { value: heading, origin }
  }
  const parts = text.split(/\s+[|–—-]\s+|\s+::\s+/)
  if (parts.length > 1 && publication) {
    const rest = parts.filter((part) => part.toLowerCase() !== publication.toLowerCase())
    if (rest.length < parts.length) return { value: rest.join(' – '), origin }
  }
  return { value: text, origin }
}

export function pageMeta(tree: Root): PageMeta {
  const elements = elementsOf(tree)
  const meta: PageMeta = {}
  fromJsonLd(elements, meta)
  fromMetaTags(elements, meta)
  if (!meta.title) {
    const title = titleFromDocument(elements, meta.publication?.value)
    if (title) meta.title = title
  }
  for (const element of elements) {
    if (element.tagName === 'link' && /\bcanonical\b/i.test(attr(element, 'rel') ?? '')) {
      const href = attr(element, 'href')
      // The canonical link beats og:url and JSON-LD: it is the address the site stands by.
      if (href && urlLike.test(href))
        meta.url = { value: href, origin: originAt('html-link', element) }
      break
    }
  }
  const base = elements.find((element) => element.tagName === 'base' && attr(element, 'href'))
  const baseHref = base ? attr(base, 'href') : undefined
  if (baseHref) meta.base = baseHref
  return meta
}

/** Copy what the page says into the article's metadata, where nothing is set yet. */
export function applyPageMeta(target: ArticleMeta, meta: PageMeta): void {
  const origins = target.origins ?? {}
  const put = <
    K extends 'title' | 'subtitle' | 'authors' | 'date' | 'publication' | 'url' | 'rights',
  >(
    key: K,
  ) => {
    const found = meta[key]
    if (!found || target[key] !== undefined) return
    ;(target as Record<string, unknown>)[key] = found.value
    origins[key] = { ...found.origin }
  }
  for (const key of [
    'title',
    'subtitle',
    'authors',
    'date',
    'publication',
    'url',
    'rights',
  ] as const)
    put(key)
  if (Object.keys(origins).length) target.origins = origins
}
