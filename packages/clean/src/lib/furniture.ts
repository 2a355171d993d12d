import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Block, blocksOf, sameTextKey } from './blocks.ts'
import { appearance, byline, credit, issueLine } from './bylines.ts'
import { dateLine } from './dates.ts'
import { furnitureOf, type Verdict } from './lines.ts'
import { commentThread, markRegion } from './region.ts'
import { isKept, removeBlock } from './remove.ts'
import { headingLike } from './shape.ts'

/**
 * Site furniture recognised line by line: navigation, labels, copyright,
 * stamps, calls to action and contact appeals, captions, lost-link pointers.
 * Words that could also head a section of an article ("Features") go only
 * when they stand outside the main text. Then the page's closing sections
 * made mostly of appeals ("About us", "Support our work") go whole.
 */
export function cleanFurniture() {
  return (tree: Root, file: VFile): void => {
    const blocks = blocksOf(tree)
    const region = markRegion(blocks)
    const verdicts = blocks.map((b, i) => {
      const v = furnitureOf(b)
      const inside = region !== undefined && i >= region.start && i <= region.end
      return v && !(v.outsideOnly && inside) ? v : undefined
    })
    pairedCaptions(blocks, verdicts, region?.end ?? blocks.length)
    const appeal = appealSections(blocks, verdicts)
    const thread = region ? commentThread(blocks, region) : undefined
    blocks.forEach((b, i) => {
      if (isKept(b)) return
      const v = verdicts[i]
      if (thread !== undefined && i >= thread) {
        removeBlock(
          file,
          tree,
          b,
          'comments',
          'Unexpected comment thread after the article, expected article text',
        )
      } else if (v) removeBlock(file, tree, b, v.rule, v.reason)
      else if (appeal.has(i)) {
        removeBlock(
          file,
          tree,
          b,
          'appeal-section',
          'Unexpected block in a closing section of appeals (about us, support, contact), expected article text',
        )
      }
    })
  }
}

/** Metadata lines are left for the metadata rules even inside an appeal section. */
function metadataLine(b: Block): boolean {
  const t = b.text
  return Boolean(dateLine(t) || issueLine(t) || byline(t) || appearance(t) || credit(t))
}

/**
 * The page's last sections (a heading and what follows it), taken from the
 * end while at least half of each section's blocks are furniture: the
 * site's "About us" and "Support our work" boxes that follow an article.
 */
function appealSections(blocks: Block[], verdicts: (Verdict | undefined)[]): Set<number> {
  const starts: number[] = []
  blocks.forEach((b, i) => {
    if (i === 0 || headingLike(b)) starts.push(i)
  })
  const out = new Set<number>()
  for (let s = starts.length - 1; s >= 1; s--) {
    const from = starts[s]!
    const to = (starts[s + 1] ?? blocks.length) - 1
    let furniture = 0
    let counted = 0
    let actions = 0
    for (let i = from; i <= to; i++) {
      if (metadataLine(blocks[i]!) || (i === from && !verdicts[i])) continue
      counted++
      if (verdicts[i]) furniture++
      if (verdicts[i]?.rule === 'call-to-action') actions++
    }
    if (counted === 0) continue
    // A lone short line (a link's label left at the very end) neither makes nor breaks a section.
    const neutral =
      furniture === 0 &&
      to - from <= 1 &&
      blocks.slice(from, to + 1).every((b) => b.words.length <= 6)
    if (neutral) continue
    if (furniture * 2 < counted || actions === 0) break
    for (let i = from; i <= to; i++)
      if (!metadataLine(blocks[i]!) && !repeated(blocks, i)) out.add(i)
  }
  return out
}

/** Printed elsewhere on the page too: the repetition rules say what it is. */
function repeated(blocks: Block[], i: number): boolean {
  const key = sameTextKey(blocks[i]!.text)
  return blocks.some((b, j) => j !== i && sameTextKey(b.text) === key)
}

/**
 * A short line printed twice side by side, once the page has got past its
 * title (a block of a dozen words or more came before) and before the main
 * text has ended: a caption, which a
 * pasted page often holds twice (the image's alternative text and its caption).
 */
function pairedCaptions(blocks: Block[], verdicts: (Verdict | undefined)[], end: number): void {
  let pastTitle = false
  // After the main text, pairs are teasers: the repetition rules take them.
  for (let i = 0; i + 1 < blocks.length && i < end; i++) {
    const b = blocks[i]!
    const next = blocks[i + 1]!
    const pair = sameTextKey(b.text) !== '' && sameTextKey(b.text) === sameTextKey(next.text)
    if (
      pair &&
      pastTitle &&
      !verdicts[i] &&
      b.words.length <= 40 &&
      b.sentences <= 1 &&
      !metadataLine(b)
    ) {
      const reason =
        'Unexpected line printed twice, expected text (a caption whose picture is gone)'
      verdicts[i] = { rule: 'caption', reason }
      verdicts[i + 1] = { rule: 'caption', reason }
    }
    if (b.words.length >= 12) pastTitle = true
  }
}
