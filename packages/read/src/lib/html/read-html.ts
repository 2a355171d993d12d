import { metaOf, recordRemoval } from '@samizdat/core'
import { fromHtml } from 'hast-util-from-html'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { splitLines } from '../decode.ts'
import { decodePage, gunzipIfNeeded } from './charset.ts'
import { linesOf, textOf } from './dom.ts'
import { extractArticle } from './extract.ts'
import { removeFurniture } from './furniture.ts'
import { leftOutRule, recordLeftOut } from './left-out.ts'
import { applyPageMeta, pageMeta, splitAuthors } from './meta.ts'
import { linkNotes } from './notes.ts'
import { pruneNonContent } from './prune.ts'
import { tidyArticle } from './tidy.ts'
import { articleToMdast, resolveHref } from './to-mdast.ts'

export interface ReadHtmlOptions {
  /**
   * What happens to images. Only `'drop'` for now: images, and the captions of
   * figures that held them, are left out (captions recorded).
   */
  images?: 'drop'
}

export interface ReadHtmlResult {
  file: import('vfile').VFile
  tree: Root
}

const source = 'read'

/** Names in a byline the extractor found, when it reads as names and nothing else. */
function bylineNames(byline: string): string[] {
  const names = splitAuthors(byline.replace(/\s+/g, ' '))
  const name =
    /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le|bin|ibn)){1,3}$/u
  return names.length && names.every((n) => name.test(n)) ? names : []
}

export function validateReadHtmlOptions(options: ReadHtmlOptions | undefined): void {
  if (options === undefined) return
  if (typeof options !== 'object' || options === null)
    throw new TypeError('readHtml: options must be an object')
  const known = new Set(['images'])
  for (const key of Object.keys(options)) {
    if (!known.has(key))
      throw new TypeError(`readHtml: unknown option \`${key}\`, expected one of: images`)
  }
  if (options.images !== undefined && options.images !== 'drop') {
    throw new TypeError(
      `readHtml: unexpected \`images: ${String(options.images)}\`, expected 'drop'`,
    )
  }
}

/**
 * A saved web page (`.html`, `.htm`, `.html.gz`) → vfile + mdast: the page's
 * charset honoured, the article found, its structure kept (headings, block
 * quotes, lists, emphasis, links, notes as footnotes), the page's metadata in
 * `file.data.meta`, and everything left out recorded in `file.data.removals`.
 * Positions point at lines of the decoded page.
 */
export function readHtml(
  bytes: Uint8Array,
  path: string,
  options?: ReadHtmlOptions,
): ReadHtmlResult {
  validateReadHtmlOptions(options)
  const decoded = decodePage(gunzipIfNeeded(bytes))
  const file = new VFile({ path, value: decoded.text })
  file.data.format = 'html'
  file.data.rawLines = splitLines(decoded.text)
  if (decoded.by === 'fallback') {
    const declared = decoded.overruled ? ` (declared \`${decoded.overruled}\`, unknown)` : ''
    file.message(`Unexpected bytes that are not UTF-8${declared}, decoded as ${decoded.encoding}`, {
      ruleId: 'decode',
      source,
    })
  } else if (decoded.overruled) {
    const message = file.message(
      `Unexpected charset \`${decoded.overruled}\` declared for UTF-8 bytes, expected \`utf-8\``,
      { ruleId: 'html-charset', source },
    )
    message.actual = decoded.overruled
    message.expected = ['utf-8']
  }

  const page = fromHtml(decoded.text)
  const meta = pageMeta(page)
  applyPageMeta(metaOf(file), meta)
  pruneNonContent(page)
  const notes = linkNotes(page)
  const extraction = extractArticle(page, meta.title?.value)
  recordLeftOut(file, page, extraction.kept, extraction.keptText)
  if (!extraction.found) {
    file.message(
      'Unexpected page without a recognisable article, expected one main text; kept the whole page',
      {
        ruleId: 'html-no-article',
        source,
      },
    )
  }
  for (const { label, element } of notes.missing) {
    if (!extraction.kept.has(element)) continue
    const href = String(element.properties.href)
    file.message(
      `Unexpected note link \`${label}\` to missing \`${href}\`, expected a note with that id`,
      {
        ruleId: 'html-note-target',
        source,
        ...(element.position ? { place: element.position } : {}),
      },
    )
  }

  const byline = extraction.byline ? bylineNames(extraction.byline) : []
  if (!meta.authors && byline.length) {
    meta.authors = { value: byline, origin: { from: 'html-byline' } }
    applyPageMeta(metaOf(file), { authors: meta.authors })
  }
  const children = removeFurniture(file, extraction.children, meta)
  const referenced = new Set(
    [...notes.references].filter(([element]) => extraction.kept.has(element)).map(([, id]) => id),
  )
  const definitions = notes.definitions.filter((definition) =>
    referenced.has(definition.identifier),
  )
  // A note called only from outside the article left the page with its reference.
  for (const definition of notes.definitions) {
    if (referenced.has(definition.identifier)) continue
    for (const block of definition.blocks) {
      const text = textOf(block)
      const lines = linesOf(block)
      if (text && lines)
        recordRemoval(file, {
          ruleId: leftOutRule,
          reason: 'Note called only from outside the article',
          ...lines,
          text,
        })
    }
  }
  const base = resolveHref(meta.base ?? '', meta.url?.value) ?? meta.url?.value
  const tree = articleToMdast(children, definitions, base ? { base } : {})
  tidyArticle(file, tree)
  // The record in page order, as an editor reads the page.
  file.data.removals?.sort((a, b) => a.line - b.line)
  if (tree.children.length === 0) {
    file.message('Unexpected empty source, expected some text', { ruleId: 'empty', source })
  }
  return { file, tree }
}
