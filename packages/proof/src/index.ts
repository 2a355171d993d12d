export {
  type AutofixOptions,
  autofixOptionsSchema,
  ocrTable,
  remarkAutofix,
} from './lib/autofix.ts'
export {
  type CheckOptions,
  checkOptionsSchema,
  countWords,
  proofFile,
  remarkProofCheck,
} from './lib/check.ts'
export { countDashes, type DashStyle, dashEdits, dominantDash } from './lib/dashes.ts'
export {
  type ErrataEntry,
  ErrataError,
  type ErrataOptions,
  errataEntrySchema,
  parseErrata,
  remarkErrata,
} from './lib/errata.ts'
export { type ProofPresetOptions, proofPreset } from './lib/preset.ts'
export { type ProofJsonFile, type ProofJsonMessage, toProofJson } from './lib/report.ts'
export { rules } from './lib/rules.ts'
export {
  decideVariant,
  Lexicon,
  loadSpellers,
  parseWordList,
  SpellCache,
  type Spellers,
  type Variant,
} from './lib/spell.ts'
export {
  remarkTypography,
  type TypographyOptions,
  typographyOptionsSchema,
} from './lib/typography.ts'
