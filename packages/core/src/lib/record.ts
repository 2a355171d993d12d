/**
 * The audit trail. Every automatic removal or change leaves one of these in
 * `file.data`, with the raw position, so an editor can check the edition.
 */

/** A block taken out of the text (site furniture, a duplicate title, a caption…). */
export interface Removal {
  /** Stable rule id, e.g. `clean:caption`. */
  ruleId: string
  /** Why, in words an editor understands. */
  reason: string
  /** 1-based line of the block's first line in the raw source. */
  line: number
  /** 1-based line of the block's last line in the raw source. */
  endLine: number
  /** The removed text, verbatim. */
  text: string
  /** Set when the manifest's `drop`/`keep` decided rather than a rule. */
  byEditor?: boolean
}

/**
 * What kind of correction a change is, for the editorial report: an editor's
 * erratum, an automatic fix of an error, a typographic normalisation, or a
 * structural change (note markers, headings, quotations).
 */
export type ChangeKind = 'errata' | 'fix' | 'typography' | 'structure'

/** A change inside the text (errata, automatic fix, typography). */
export interface Change {
  /** Stable rule id, e.g. `proof:errata`, `typography:quotes`. */
  ruleId: string
  reason: string
  /** The kind of correction; when absent the report infers it from the rule id. */
  kind?: ChangeKind
  /** 1-based line and column in the raw source, where known. */
  line?: number
  column?: number
  actual: string
  expected: string
}

/** Metadata found in the prose and moved out of the body. */
export interface MetaFinding {
  field: string
  value: string
  line: number
  ruleId: string
}
