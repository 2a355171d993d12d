import type { Preset } from 'unified'
import { cleanBoilerplate } from './boilerplate.ts'
import { cleanEditor } from './editor.ts'
import { cleanFurniture } from './furniture.ts'
import { cleanMetadata } from './metadata.ts'
import { cleanRepeats, type RepeatsOptions } from './repeats.ts'

export type CleanOptions = RepeatsOptions

/**
 * The clean stage in its fixed order: the editor's keep/drop first (it has
 * the final word), then furniture recognised line by line, then metadata
 * (which needs the furniture gone to see the title and byline), then
 * repetition, then whatever is left outside the main text.
 */
export function cleanPresetWith(options: CleanOptions = {}): Preset {
  return {
    plugins: [
      cleanEditor,
      cleanFurniture,
      cleanMetadata,
      [cleanRepeats, options],
      cleanBoilerplate,
    ],
  }
}

/** The clean stage with no corpus: `unified().use(cleanPreset)`. */
export const cleanPreset: Preset = cleanPresetWith()
