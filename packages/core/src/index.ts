export type { ArticleMeta, BookMeta, MetaOrigin, PartialDate } from './lib/meta.ts'
export type { Change, ChangeKind, MetaFinding, Removal } from './lib/record.ts'
export type { CitedBy, CslDate, CslItem, CslName, NoteCitation, WorkCited } from './lib/csl.ts'
export type {
  BibliographyEntry,
  Book,
  BookArticle,
  Colophon,
  ColophonSource,
  Contributor,
  SourceFormat,
  TocEntry,
} from './lib/book.ts'
export { metaOf, recordChange, recordFinding, recordRemoval } from './lib/data.ts'
export {
  ManifestError,
  PlacedError,
  articleEntrySchema,
  manifestSchema,
  pageSizes,
  parseManifest,
  type ArticleEntry,
  type Manifest,
  type PageSize,
} from './lib/manifest.ts'
export { coreRules } from './lib/rules.ts'
export { version } from './lib/version.ts'
