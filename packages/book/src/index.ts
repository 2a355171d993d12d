export {
  articleDigest,
  articleIds,
  assembleBook,
  bookArticle,
  buildBook,
  type ArticleInput, type BuildBookOptions, type WorksCitedInput } from './lib/build.ts'
export { IdRegistry, identifyFootnotes, identifyHeadings, slugify } from './lib/ids.ts'
export { formatDate, joinNames, mergeMeta, publicationLine, rightsLine } from './lib/meta.ts'
export { h, renderArticle, type RenderOptions, type RenderedArticle, type RenderedNote } from './lib/hast.ts'
export { sampleBook } from './lib/sample.ts'
