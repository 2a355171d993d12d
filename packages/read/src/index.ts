export { binaryKind, type Decoded, decode, splitLines } from './lib/decode.ts'
export { looksHardWrapped, parseLines } from './lib/parse.ts'
export { type ReadResult, readText } from './lib/read.ts'
export { type BlockquoteOptions, remarkBlockquotes } from './lib/structure/blockquotes.ts'
export { type HeadingOptions, remarkHeadings } from './lib/structure/headings.ts'
export { type LinkOptions, remarkLinks } from './lib/structure/links.ts'
export { type ListOptions, remarkLists } from './lib/structure/lists.ts'
export {
  createStructurePreset,
  type StructureOptions,
  structurePreset,
} from './lib/structure/preset.ts'
export { structureRules } from './lib/structure/rules.ts'

import { structureRules } from './lib/structure/rules.ts'

/** Every rule id this package reports (other readers add theirs here). */
export const rules: Record<string, string> = { ...structureRules }
export { type ReadHtmlOptions, type ReadHtmlResult, readHtml } from './lib/html/read-html.ts'
export { htmlRules } from './lib/html/rules.ts'
export {
  markdownRules,
  type ReadMarkdownResult,
  readMarkdown,
} from './lib/markdown/read-markdown.ts'

import { htmlRules } from './lib/html/rules.ts'
import { markdownRules } from './lib/markdown/read-markdown.ts'

// The HTML and Markdown readers' ids join the package's table.
Object.assign(rules, htmlRules, markdownRules)
