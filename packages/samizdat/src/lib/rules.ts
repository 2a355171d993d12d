import { coreRules } from '@samizdat/core'
import { rules as cleanRules } from '@samizdat/clean'
import { rules as notesRules } from '@samizdat/notes'
import { rules as proofRules } from '@samizdat/proof'
import { rules as readRules } from '@samizdat/read'

/** Every rule id any stage reports, with its one-line explanation (`samizdat rules`). */
export const allRules: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...coreRules, ...readRules, ...cleanRules, ...notesRules, ...proofRules }).sort(([a], [b]) => (a < b ? -1 : 1)),
)
