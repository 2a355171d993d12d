import type { RenderedArticle } from './render.ts'

/**
 * A rendered article read back from the cache: its byte arrays are views
 * into the whole entry's buffer (node:v8 deserialises them so), and would
 * keep it alive; copies keep only the parts.
 */
export function ownedParts(rendered: RenderedArticle): RenderedArticle {
  const own = (bytes: Uint8Array) => new Uint8Array(bytes)
  return {
    ...rendered,
    epub: { ...rendered.epub, entry: { ...rendered.epub.entry, bytes: own(rendered.epub.entry.bytes) } },
    html: own(rendered.html),
    md: own(rendered.md),
    report: { ...rendered.report, html: own(rendered.report.html) },
  }
}
