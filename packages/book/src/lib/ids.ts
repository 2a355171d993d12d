import GithubSlugger from 'github-slugger'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { TocEntry } from '@samizdat/core'

/** A slug for a file name or an anchor: lower-case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'article'
}

/** Makes ids unique in one book: the second `notes` becomes `notes-2`. */
export class IdRegistry {
  #seen = new Map<string, number>()
  unique(base: string): string {
    const count = this.#seen.get(base) ?? 0
    this.#seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count + 1}`
  }
}

/**
 * Gives every heading an anthology-unique id (`<article>--<slug>`, set as
 * `data.hProperties.id`) and returns the article's contents.
 */
export function identifyHeadings(tree: Root, articleId: string): TocEntry[] {
  const slugger = new GithubSlugger()
  const toc: TocEntry[] = []
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node).trim()
    const id = `${articleId}--${slugger.slug(text) || 'section'}`
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } }
    toc.push({ depth: node.depth, text, id })
  })
  return toc
}

/**
 * Prefixes footnote identifiers with the article id so they are unique across
 * the anthology; `label` keeps the source's own label (`13`, `1*`).
 */
export function identifyFootnotes(tree: Root, articleId: string): void {
  visit(tree, (node) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier
      node.label = label
      node.identifier = `${articleId}-${slugify(node.identifier)}`
    }
  })
}
