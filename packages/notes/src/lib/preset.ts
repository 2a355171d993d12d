import type { Preset } from 'unified'
import { type CitationsOptions, remarkCitations, validateCitationsOptions } from './citations.ts'
import { type FootnotesOptions, remarkFootnotes, validateFootnotesOptions } from './footnotes.ts'

export interface NotesOptions {
  footnotes?: FootnotesOptions
  citations?: CitationsOptions
}

/** The notes stage in order: markers and note texts → footnotes, then citations. Options checked at once. */
export function createNotesPreset(options: NotesOptions = {}): Preset {
  validateFootnotesOptions(options.footnotes)
  validateCitationsOptions(options.citations)
  return {
    plugins: [
      [remarkFootnotes, options.footnotes ?? {}],
      [remarkCitations, options.citations ?? {}],
    ],
  }
}

/** The notes stage with default options. */
export const notesPreset: Preset = createNotesPreset()
