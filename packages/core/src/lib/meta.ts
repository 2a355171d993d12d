/** A date with the precision the source gave it: `1977-11` is a month, not the 1st. */
export interface PartialDate {
  /** ISO 8601, truncated to its precision: `1977`, `1977-11`, `1977-11-07`. */
  iso: string
  precision: 'year' | 'month' | 'day'
}

/** Where a piece of metadata came from, so the report can say so. */
export interface MetaOrigin {
  /** `manifest`, `text`, `html-meta`, `json-ld`, `front-matter`, … */
  from: string
  /** 1-based line in the raw source, when it came from the text. */
  line?: number
}

/** What is known about one article. Every field is optional: a text may yield nothing. */
export interface ArticleMeta {
  title?: string
  subtitle?: string
  /** The summary paragraph under the title. */
  standfirst?: string
  authors?: string[]
  date?: PartialDate
  /** e.g. `International Socialism (1st series)`, `Socialist Worker`. */
  publication?: string
  /** e.g. `No. 103, November 1977, pp. 7–13` or `Issue No. 2032`. */
  issue?: string
  /** The page the text was taken from. */
  url?: string
  rights?: string
  /** Transcription and source credits, kept for the colophon. */
  credits?: string[]
  /** A plain contributor note (`NAME is …`), for the Contributors section. */
  bio?: string
  /** Where each field came from, by field name. */
  origins?: Partial<Record<Exclude<keyof ArticleMeta, 'origins'>, MetaOrigin>>
}

/** The book-level metadata, from the manifest. */
export interface BookMeta {
  title: string
  subtitle?: string
  editor?: string
  language: string
  /** ISO date of the edition. */
  date: string
  rights?: string
  licence?: string
  publisher?: string
  /** Optional editor's note, Markdown. */
  editorsNote?: string
  /** Print page size preset (`a5` by default). */
  pageSize?: 'a5' | 'a4' | 'letter' | 'half-letter'
}
