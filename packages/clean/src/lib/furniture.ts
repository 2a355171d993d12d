import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Block, blocksOf } from './blocks.ts'
import { appearance, bylineOf, credit, issueLine } from './bylines.ts'
import { dateLineOf } from './dates.ts'
import { furnitureOf, type Verdict } from './lines.ts'
import { pageTitleOf } from './page-title.ts'
import { commentThread, linkBoxes, markRegion } from './region.ts'
import { isKept, removeBlock } from './remove.ts'
import { headingLike } from './shape.ts'

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`

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
    // The page's title with the site's name looks like a menu: the metadata rules read it,
    // unless the title is known already (a saved page's <title>, an earlier pass).
    const page = file.data.meta?.title ? undefined : pageTitleOf(tree, blocks)
    if (page) verdicts[page.index] = undefined
    if (region) {
      for (const box of linkBoxes(blocks, region)) {
        for (const i of [box.title, ...box.links]) {
          const b = blocks[i]!
          if (verdicts[i] || metadataLine(b)) continue
          verdicts[i] = {
            rule: 'link-box',
            reason: `Unexpected box of links to other pages inside the article (${quote(blocks[box.title]!.text)}), expected article text`,
          }
        }
      }
    }
    pairedCaptions(blocks, verdicts, region?.end ?? blocks.length)
    creditedCaptions(blocks, verdicts)
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
export function metadataLine(b: Block): boolean {
  if (b.memo.metadata === undefined) {
    const t = b.text
    b.memo.metadata = Boolean(
      dateLineOf(b) || issueLine(t) || bylineOf(b) || appearance(t) || credit(t),
    )
  }
  return b.memo.metadata
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
  const key = blocks[i]!.key
  return blocks.some((b, j) => j !== i && b.key === key)
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
    const pair = b.key !== '' && b.key === next.key
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

/**
 * The line right above a photo credit, with no blank line between them
 * (the page set them as one figure): the picture's caption, a sentence or
 * two ("Burning crop stubble is sending smoke into the city." over
 * "Sakib Ali/Hindustan Times/Getty Images").
 */
function creditedCaptions(blocks: Block[], verdicts: (Verdict | undefined)[]): void {
  blocks.forEach((b, i) => {
    const above = blocks[i - 1]
    if (verdicts[i]?.rule !== 'caption' || !above || verdicts[i - 1]) return
    if (above.endLine + 1 !== b.line || above.words.length > 40 || above.sentences > 2) return
    if (metadataLine(above)) return
    verdicts[i - 1] = {
      rule: 'caption',
      reason:
        'Unexpected caption of a credited picture, expected article text (the picture is gone)',
    }
  })
}
