export { type Block, blocksOf, sameTextKey } from './lib/blocks.ts'
export { cleanBoilerplate } from './lib/boilerplate.ts'
export {
  type Appearance,
  appearance,
  type Byline,
  bio,
  byline,
  credit,
  issueLine,
  writesByline,
} from './lib/bylines.ts'
export { dateLine, type FoundDate, findDate } from './lib/dates.ts'
export { cleanEditor, entryMatches } from './lib/editor.ts'
export { cleanFurniture } from './lib/furniture.ts'
export { furnitureOf, lineRules, type Verdict } from './lib/lines.ts'
export { cleanMetadata } from './lib/metadata.ts'
export { type PageTitle, pageTitle } from './lib/page-title.ts'
export { type CleanOptions, cleanPreset, cleanPresetWith } from './lib/preset.ts'
export { type Kind, kindOf, mainRegion, type Region, regionScores } from './lib/region.ts'
export { cleanRepeats, type RepeatsOptions } from './lib/repeats.ts'
export { rules } from './lib/rules.ts'
export { bodyText, cleanTree } from './lib/run.ts'
