import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { blocksOf } from './blocks.ts'
import { apparatus, regionOf } from './region.ts'
import { isKept, removeBlock, warn } from './remove.ts'
import { proseLike } from './shape.ts'

/**
 * Everything before and after the main text that no other rule claimed: the
 * rest of the page's head and tail (menus, teasers, comment threads,
 * footers). A notes or further-reading section after the text stays. A page
 * with no stretch of prose keeps everything, with a warning.
 */
export function cleanBoilerplate() {
  return (tree: Root, file: VFile): void => {
    const blocks = blocksOf(tree)
    if (blocks.length === 0) return
    const region = regionOf(blocks)
    if (!region) {
      warn(
        file,
        blocks[0]!,
        'no-main-text',
        'Unexpected page without a stretch of prose, expected an article; nothing removed',
      )
      return
    }
    const keep = apparatus(blocks, region)
    blocks.forEach((b, i) => {
      if ((i >= region.start && i <= region.end) || keep.has(i) || isKept(b)) return
      const where = i < region.start ? 'before' : 'after'
      if (
        !removeBlock(
          file,
          tree,
          b,
          'boilerplate',
          `Unexpected page text ${where} the article, expected article text`,
        )
      )
        return
      if (proseLike(b) && b.words.length >= 40) {
        warn(
          file,
          b,
          'boilerplate',
          `Removed a paragraph of prose ${where} the main text: check that it is not the article’s`,
        )
      }
    })
  }
}
