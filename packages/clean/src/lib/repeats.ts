import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Block, blocksOf, sameTextKey } from './blocks.ts'
import { apparatusHeadingRe, regionOf } from './region.ts'
import { isKept, removeBlock } from './remove.ts'
import { proseLike, verbless } from './shape.ts'

export interface RepeatsOptions {
  /**
   * The block texts of the other sources of the same anthology, one array per
   * source. A block outside the main text that another page of the same
   * collection also prints is the site's, not the article's.
   */
  corpus?: string[][]
}

function validate(options: unknown): RepeatsOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') throw new TypeError('cleanRepeats: expected an options object')
  const { corpus } = options as { corpus?: unknown }
  if (corpus === undefined) return {}
  if (
    !Array.isArray(corpus) ||
    !corpus.every((s) => Array.isArray(s) && s.every((t) => typeof t === 'string'))
  ) {
    throw new TypeError('cleanRepeats: expected `corpus` to be an array of arrays of strings')
  }
  return { corpus: corpus as string[][] }
}

// An anthology's sources each serve as the corpus of all the others: their keys once.
const keysBySource = new WeakMap<string[], string[]>()

/** The keys of one source's blocks of two words or more. */
function keysOf(texts: string[]): string[] {
  let keys = keysBySource.get(texts)
  if (!keys) {
    keys = texts.map((t) => sameTextKey(t)).filter((k) => k.split(' ').length >= 2)
    keysBySource.set(texts, keys)
  }
  return keys
}

/**
 * Repetition as evidence: a block printed twice side by side is a caption
 * (pictures and their captions come in pairs when a page is pasted); a block
 * repeated outside the main text is a teaser or a widget; a long block repeated
 * inside it (a pull quote) is kept once; a block that other sources of the
 * anthology also print outside their text is the site's furniture.
 */
export function cleanRepeats(options?: RepeatsOptions) {
  const { corpus = [] } = validate(options)
  const shared = new Set(corpus.flatMap(keysOf))
  return (tree: Root, file: VFile): void => {
    const blocks = blocksOf(tree)
    const region = regionOf(blocks)
    const inside = (i: number) => region !== undefined && i >= region.start && i <= region.end
    const groups = new Map<string, number[]>()
    blocks.forEach((b, i) => {
      const key = b.key
      if (!key || apparatusHeadingRe.test(b.text)) return
      groups.set(key, [...(groups.get(key) ?? []), i])
    })
    const gone = new Set<Block>()
    const drop = (b: Block, rule: string, reason: string) => {
      if (!gone.has(b) && removeBlock(file, tree, b, rule, reason)) gone.add(b)
    }
    for (const idx of groups.values()) {
      if (idx.length < 2) continue
      const first = blocks[idx[0]!]!
      if (idx.every((i) => !inside(i))) {
        for (const i of idx)
          drop(
            blocks[i]!,
            'repeat',
            'Unexpected block repeated outside the article (a teaser or widget), expected it once',
          )
        continue
      }
      const paired = idx.some((i, n) => n > 0 && i === idx[n - 1]! + 1)
      if (
        paired &&
        first.words.length <= 40 &&
        first.sentences <= 1 &&
        (verbless(first) || !proseLike(first))
      ) {
        for (const i of idx)
          drop(
            blocks[i]!,
            'caption',
            'Unexpected line printed twice, expected text (a caption whose picture is gone)',
          )
        continue
      }
      for (const i of idx) {
        if (!inside(i))
          drop(
            blocks[i]!,
            'repeat',
            'Unexpected block repeated outside the article (a teaser or widget), expected it once',
          )
      }
      const within = idx.filter(inside)
      // A pull quote is prose; the rows of a table or list may repeat.
      if (within.length >= 2 && first.words.length >= 6 && proseLike(first)) {
        for (const i of within.slice(1))
          drop(
            blocks[i]!,
            'duplicate',
            'Unexpected repeat of an earlier paragraph, expected it once',
          )
      }
    }
    blocks.forEach((b, i) => {
      if (isKept(b) || gone.has(b) || inside(i)) return
      if (shared.has(b.key)) {
        drop(
          b,
          'corpus-repeat',
          'Unexpected block that other pages of this anthology also print, expected article text',
        )
      }
    })
  }
}
