/** The subset of CSL-JSON samizdat writes; any CSL processor reads it. */
export interface CslName {
  family?: string
  given?: string
  literal?: string
}

export interface CslDate {
  'date-parts'?: [[number, number?, number?]] | number[][]
  literal?: string
}

export interface CslItem {
  id: string
  type: string
  title?: string
  'container-title'?: string
  'collection-title'?: string
  author?: CslName[]
  editor?: CslName[]
  translator?: CslName[]
  edition?: string
  volume?: string
  issue?: string
  publisher?: string
  'publisher-place'?: string
  issued?: CslDate
  page?: string
  URL?: string
  note?: string
  [key: string]: unknown
}

/** One place a work is cited: the article id and the note's source label (`13`, `1*`). */
export interface CitedBy {
  article: string
  note: string
}

export interface WorkCited extends CslItem {
  citedBy: CitedBy[]
}

/** A citation found in one note, before the book merges works across articles. */
export interface NoteCitation {
  /** The note's label as printed in the source (`13`, `1*`). */
  note: string
  item: CslItem
  /** The locator in this note, e.g. `p. 31`. */
  locator?: string
  /** `ibid`, `op-cit`, `loc-cit` when resolved from an earlier note. */
  resolvedFrom?: 'ibid' | 'op-cit' | 'loc-cit'
  /** Label of the note the abbreviation points back to. */
  resolvedTo?: string
}
