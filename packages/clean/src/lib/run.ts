import type { Root } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { type CleanOptions, cleanPresetWith } from './preset.ts'

const processorWith = (options: CleanOptions) => unified().use(cleanPresetWith(options)).freeze()
// Building and freezing a processor costs more than cleaning a short page: without a
// corpus, one serves every call.
const plain = processorWith({})

/** Run the clean preset on a tree from `readText`, in place, and return it. */
export function cleanTree(tree: Root, file: VFile, options: CleanOptions = {}): Root {
  const processor = options.corpus?.length ? processorWith(options) : plain
  return processor.runSync(tree, file) as Root
}

/** The plain text of what is left in the body, one line per block. */
export function bodyText(tree: Root): string {
  return tree.children.map((node) => mdToString(node)).join('\n')
}
