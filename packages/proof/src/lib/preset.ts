import type { Pluggable, Preset } from 'unified'
import { remarkAutofix } from './autofix.ts'
import { type CheckOptions, remarkProofCheck } from './check.ts'
import { type ErrataEntry, remarkErrata } from './errata.ts'
import { remarkTypography, type TypographyOptions } from './typography.ts'

export interface ProofPresetOptions extends CheckOptions {
  /** The source's errata entries (`parseErrata`), applied first. */
  errata?: ErrataEntry[]
  /** The errata file's path, for errors. */
  errataPath?: string
  /** Report suspected errors (default true). Runs after errata and fixes, before typography. */
  check?: boolean
  /** Options for the typography filter. */
  typography?: TypographyOptions
}

/**
 * The proof stage, in its fixed order: errata, automatic fixes, the report
 * of what remains suspect, house typography.
 */
export function proofPreset(options: ProofPresetOptions = {}): Preset {
  const { errata, errataPath, check = true, typography, ...checkOptions } = options
  const plugins: Pluggable[] = []
  if (errata && errata.length > 0) {
    plugins.push([remarkErrata, { entries: errata, ...(errataPath ? { path: errataPath } : {}) }])
  }
  plugins.push([remarkAutofix, checkOptions.spellers ? { spellers: checkOptions.spellers } : {}])
  if (check) plugins.push([remarkProofCheck, checkOptions])
  plugins.push([
    remarkTypography,
    { ...(checkOptions.variant ? { variant: checkOptions.variant } : {}), ...typography },
  ])
  return { plugins }
}
