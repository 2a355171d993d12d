import type { Root } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { type CleanOptions, cleanPresetWith } from './preset.ts'

/** Run the clean preset on a tree from `readText`, in place, and return it. */
export function cleanTree(tree: Root, file: VFile, options: CleanOptions = {}): Root {
  return unified().use(cleanPresetWith(options)).runSync(tree, file) as Root
}

/** The plain text of what is left in the body, one line per block. */
export function bodyText(tree: Root): string {
  return tree.children.map((node) => mdToString(node)).join('\n')
}
