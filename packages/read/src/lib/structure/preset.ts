import type { Preset } from 'unified'
import { type BlockquoteOptions, remarkBlockquotes } from './blockquotes.ts'
import { type HeadingOptions, remarkHeadings } from './headings.ts'
import { type LinkOptions, remarkLinks } from './links.ts'
import { type ListOptions, remarkLists } from './lists.ts'
import { checkOptions } from './options.ts'

export interface StructureOptions {
  lists?: ListOptions
  headings?: HeadingOptions
  blockquotes?: BlockquoteOptions
  links?: LinkOptions
}

/**
 * The structure stage, in its fixed order: lists first (a reading-list
 * title is a heading because a list follows it), then headings (quotation
 * runs then stop at them), then block quotations, then links (inside all
 * of the above).
 */
export function createStructurePreset(options: StructureOptions = {}): Preset {
  checkOptions('structurePreset', options, {
    lists: { type: 'object' },
    headings: { type: 'object' },
    blockquotes: { type: 'object' },
    links: { type: 'object' },
  })
  return {
    plugins: [
      [remarkLists, options.lists],
      [remarkHeadings, options.headings],
      [remarkBlockquotes, options.blockquotes],
      [remarkLinks, options.links],
    ],
  }
}

/** The structure stage with default options. */
export const structurePreset: Preset = createStructurePreset()
