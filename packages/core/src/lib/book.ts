import type { Root } from 'mdast'
import type { ArticleMeta, BookMeta } from './meta.ts'
import type { WorkCited } from './csl.ts'

/** The source formats a reader exists for. */
export type SourceFormat = 'txt' | 'html' | 'md'

/** One entry of a table of contents: a heading inside an article. */
export interface TocEntry {
  /** 2 for a section heading inside an article (the article title is depth 1). */
  depth: number
  text: string
  /** Anthology-unique id of the heading (also `data.hProperties.id` on the mdast heading). */
  id: string
}

/** One article as the writers see it: final text, final metadata, anthology-unique ids. */
export interface BookArticle {
  /** Anthology-unique id, a slug: used for file names, anchors and footnote ids. */
  id: string
  meta: ArticleMeta
  /**
   * The article body as mdast, after every filter. Headings carry `data.hProperties.id`;
   * footnote identifiers are unique in the book; `footnoteDefinition.label`
   * keeps the source's own label (`13`, `1*`).
   */
  tree: Root
  /** Section headings, in order. */
  toc: TocEntry[]
  source: {
    /** Path relative to the manifest's folder. */
    path: string
    format: SourceFormat
  }
}

export interface Contributor {
  name: string
  /** A plain note about the contributor, from the article's bio, when there is one. */
  note?: string
  /** Ids of the articles by this contributor. */
  articles: string[]
}

export interface ColophonSource {
  articleId: string
  title: string
  path: string
  url?: string
  publication?: string
  issue?: string
  date?: string
  credits: string[]
  rights?: string
}

export interface Colophon {
  /** e.g. `samizdat 0.1.0`. */
  software: string
  /** ISO date of the build: from the manifest or SOURCE_DATE_EPOCH, never the clock. */
  buildDate: string
  sources: ColophonSource[]
}

/** One entry of the formatted "Works cited" list (formatted by citeproc in one named style). */
export interface BibliographyEntry {
  /** The CSL item id (matches `WorkCited.id`). */
  id: string
  /** The entry as plain text. */
  text: string
  /** The entry as an HTML fragment (escaped text with `<i>` for titles). */
  html: string
}

/** The whole anthology, ready for the writers. Writers are functions of this alone. */
export interface Book {
  meta: BookMeta
  articles: BookArticle[]
  /** Distinct works cited across the anthology, CSL-JSON with `citedBy`. */
  worksCited: WorkCited[]
  /** The same works formatted as a bibliography, in its sorted order. */
  bibliography: BibliographyEntry[]
  /** Name of the CSL style the bibliography is formatted in. */
  bibliographyStyle: string
  contributors: Contributor[]
  colophon: Colophon
  /** A stable identifier derived from the content (urn:uuid:…), for the EPUB. */
  identifier: string
}
