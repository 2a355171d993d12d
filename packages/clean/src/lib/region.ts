import type {} from 'mdast'
import type { Block } from './blocks.ts'
import { caseless } from './caseless.ts'
import { dateLineOf } from './dates.ts'
import { furnitureOf } from './lines.ts'
import {
  commentsHeadRe,
  otherCommentsHeadRe,
  otherWidgetTitleRe,
  saysRe,
  timestampRe,
  widgetTitleRe,
} from './patterns.ts'
import { headingLike, proseLike, runInHeadline } from './shape.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** Where the block stood relative to the main text when the page was first read. */
    samizdatPlace?: 'before' | 'inside' | 'after'
  }
}

/** The main text: indexes (into the block list) of its first and last block. */
export interface Region {
  start: number
  end: number
}

/** What a block is, for finding the main text. */
export type Kind = 'prose' | 'data' | 'heading' | 'short' | 'furniture' | 'boundary'

/**
 * Furniture-like without being removed on sight: a date or time stamp
 * alone on its line, a headline glued to its teaser ("Ford Recalls F-150s;
 * Loose Cable Can Cause Stalling Ford is recalling…").
 */
function stampOrTeaser(b: Block): boolean {
  b.memo.stampOrTeaser ??= (() => {
    if (timestampRe.test(b.text) || saysRe.test(b.text)) return true
    if (b.text.length <= 100 && dateLineOf(b)) return true
    return runInHeadline(b.text)
  })()
  return b.memo.stampOrTeaser
}

function dataLike(b: Block): boolean {
  if (b.words.length < 4 || !/[,:;.()–—-]/u.test(b.text)) return false
  return (b.text.match(/\p{N}+/gu)?.length ?? 0) >= 2
}

/** The title of a box of links to other pages, in English or another language. */
const boxTitle = (text: string) => widgetTitleRe.test(text) || otherWidgetTitleRe.test(text)
/** The start of a comment thread or form, in English or another language. */
const commentsHead = (text: string) => commentsHeadRe.test(text) || otherCommentsHeadRe.test(text)

export function kindOf(b: Block, repeated = false): Kind {
  if (b.words.length <= 10 && (boxTitle(b.text) || commentsHead(b.text))) return 'boundary'
  if (repeated || furnitureOf(b) || stampOrTeaser(b)) return 'furniture'
  if (proseLike(b)) return 'prose'
  // Figures with punctuation ("Palm Bay (1-0): Tolivert 25 points.") are a table or list of the article's.
  if (dataLike(b)) return 'data'
  return headingLike(b) ? 'heading' : 'short'
}

/** What a paragraph with no paragraph beside it earns, relative to one in a run. */
const isolatedWeight = 0.5
/** What a line of figures earns per word (a results table, a list of dates and places). */
const dataWeight = 0.2
/** The most one run of furniture can cost, however long (a gallery, embedded posts). */
const runCap = 100
/**
 * What a block that is not prose costs the region. A box title ("Related
 * stories", "12 Comments") costs as much as a full paragraph earns: the
 * article goes on past it only when real paragraphs follow.
 */
const cost: Record<Exclude<Kind, 'prose' | 'data'>, number> = {
  heading: 1,
  short: 3,
  furniture: 12,
  boundary: 60,
}

/** Rows in a row that make a list of figures, however few figures each holds. */
const minRows = 4
const rowRe = /\p{N}.*[–—:|@,]|[–—:|@,].*\p{N}/u

/**
 * Four or more short lines in a row, none of them prose or furniture, each
 * holding a figure and a separator ("June 9 – West Palm Beach, FL @ Coral
 * Sky Amphitheatre"): the rows of a schedule or a table, counted as figures.
 */
function listRows(blocks: Block[], kinds: Kind[]): Kind[] {
  const out = [...kinds]
  const row = (i: number) => {
    const b = blocks[i]!
    const k = kinds[i]
    return (
      (k === 'short' || k === 'heading' || k === 'data') &&
      b.words.length >= 3 &&
      b.words.length <= 25 &&
      rowRe.test(b.text)
    )
  }
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && row(j)) j++
    if (j - i >= minRows) out.fill('data', i, j)
    i = Math.max(j, i + 1)
  }
  // Rows without figures, built alike ("Spain (Group F): Eleventh appearance"): the same
  // punctuation between the same number of words, line after line.
  const shapes = blocks.map((b, i) => {
    const k = kinds[i]
    if (!(k === 'short' || k === 'heading') || b.words.length < 2 || b.words.length > 25) return ''
    const shape = b.text.replace(/[\p{L}\p{N}’'-]+/gu, 'w').replace(/\s+/gu, '')
    return /[(:–—,|/]/u.test(shape) ? shape : ''
  })
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1
    while (shapes[i] && j < blocks.length && shapes[j] === shapes[i]) j++
    if (j - i >= minRows) out.fill('data', i, j)
    i = j
  }
  return out
}

/**
 * A sentence of running text, whatever its share of stop words: eight words
 * or more, a capital at the start and a full stop at the end. News prose
 * heavy with names and figures ("Wichita West senior David Garcia finished
 * second in the 50 yard freestyle.") reads so without reading as prose.
 */
function sentenceLike(b: Block): boolean {
  if (b.words.length < 8 || b.text.length < 2.5 * b.words.length || b.stopDensity < 0.1)
    return false
  return /^[\p{Lu}\p{N}‘“"'(]/u.test(b.text) && /[.!?…]['’"”)\]]*$/u.test(b.text)
}

/** The most links a box inside an article holds before its text goes on. */
const boxSize = 6

/**
 * Two paragraphs in a row within the few blocks after a box's title: the
 * article goes on. Returns where they start, or -1.
 */
function inlineBox(kinds: Kind[], blocks: Block[], at: number): number {
  // A teaser's one-line blurb reads as prose too: the article's paragraphs are longer.
  const paragraph = (i: number) => kinds[i] === 'prose' && (blocks[i]?.words.length ?? 0) >= 12
  for (let i = at + 1; i < kinds.length && i <= at + boxSize; i++) {
    if (paragraph(i) && (paragraph(i + 1) || (blocks[i]?.words.length ?? 0) >= 30)) return i
    if (kinds[i] === 'boundary') return -1
  }
  return -1
}

/** A paragraph next to it: figures that belong to the text (a score, a dateline). */
function nearProse(kinds: Kind[], i: number): boolean {
  for (let j = Math.max(0, i - 1); j <= i + 1 && j < kinds.length; j++)
    if (kinds[j] === 'prose') return true
  return false
}

/** Two more lines of figures within three blocks either side: a table, not a stray figure. */
function table(kinds: Kind[], i: number): boolean {
  let near = 0
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < kinds.length; j++)
    if (j !== i && kinds[j] === 'data') near++
  return near >= 2
}

/**
 * What each block adds to or takes from the main text, in page order: prose
 * earns its length (capped, so that one long teaser cannot pull the region
 * far; halved when no paragraph stands beside it, as a teaser's blurb
 * doesn't). A block printed more than once on the page counts as
 * furniture: teasers and captions repeat, an article's paragraphs do not. A
 * run of furniture costs more than its parts (the second block half as much
 * again, the third and later twice as much), up to a cap: an article may
 * hold a caption or a subheading between paragraphs, but a list of teasers
 * has dates and names between every blurb; a long gallery or a row of
 * embedded posts inside an article is still one interruption. Lines of
 * figures earn a little (results, schedules); short lines after a line
 * ending with a colon are the list it announces; a box of links followed by
 * paragraphs sits inside the article.
 */
export function regionScores(blocks: Block[]): number[] {
  return scored(blocks).scores
}

/** A box of links inside the article: its title and its links (indexes into the blocks). */
export interface LinkBox {
  title: number
  links: number[]
}

/**
 * The scores, which blocks are items of a list that a line ending with a
 * colon announced, and the boxes of links inside the text.
 */
interface Scored {
  kinds: Kind[]
  scores: number[]
  announced: boolean[]
  boxes: LinkBox[]
}

// The main text and the boxes inside it are asked of the same blocks: score them once.
const scoredBlocks = new WeakMap<Block[], Scored>()

function scored(blocks: Block[]): Scored {
  let known = scoredBlocks.get(blocks)
  if (!known) {
    known = score(blocks)
    scoredBlocks.set(blocks, known)
  }
  return known
}

function score(blocks: Block[]): Scored {
  const seen = new Map<string, number>()
  for (const b of blocks) seen.set(b.key, (seen.get(b.key) ?? 0) + 1)
  const kinds = listRows(
    blocks,
    blocks.map((b) => kindOf(b, (seen.get(b.key) ?? 0) > 1 && b.words.length > 0)),
  )
  const scores: number[] = []
  const announced = blocks.map(() => false)
  const boxes: LinkBox[] = []
  let run = 0
  let spent = 0
  let listed = false
  let boxEnd = -1
  kinds.forEach((kind, i) => {
    const b = blocks[i]!
    if (kind === 'prose' || kind === 'furniture' || kind === 'boundary') listed = false
    if (/:$/u.test(b.text) && b.words.length >= 3) listed = true
    if (
      listed &&
      (kind === 'short' || kind === 'heading' || kind === 'data') &&
      !/:$/u.test(b.text)
    ) {
      announced[i] = true
      scores.push(0)
      return
    }
    if (kind === 'data') {
      // Past the cap, figures earn only in a table: a ticker in a menu is the site's.
      const earns = spent < runCap || table(kinds, i) || nearProse(kinds, i)
      scores.push(earns ? Math.min(b.words.length, 20) * dataWeight : 0)
      return
    }
    if (i < boxEnd) {
      // The links of a box inside the article: the title paid for the box.
      scores.push(0)
      return
    }
    // "Further reading" heads the article's own apparatus, not a box of the site's.
    const boxTitle =
      kind === 'boundary' && !commentsHead(b.text) && !apparatusHeadingRe.test(b.text)
    const resumes = boxTitle ? inlineBox(kinds, blocks, i) : -1
    if (resumes >= 0) {
      // A box of links between two stretches of paragraphs sits inside the article.
      boxEnd = resumes
      const links: number[] = []
      for (let j = i + 1; j < resumes; j++) if (kinds[j] !== 'prose') links.push(j)
      boxes.push({ title: i, links })
      scores.push(-cost.furniture)
      return
    }
    if (kind === 'prose') {
      run = 0
      spent = 0
      const paired = kinds[i - 1] === 'prose' || kinds[i + 1] === 'prose'
      scores.push(Math.min(b.words.length, 60) * (paired ? 1 : isolatedWeight))
    } else {
      if (kind === 'furniture') run++
      const step = cost[kind] * (1 + 0.5 * Math.min(2, Math.max(0, run - 1)))
      // One interruption (a gallery, embedded posts) costs at most so much, however long.
      const paid = Math.min(step, Math.max(0, runCap - spent))
      spent += paid
      scores.push(-paid)
    }
  })
  return { kinds, scores, announced, boxes }
}

/**
 * The main text: the stretch of blocks with the greatest total score
 * (Kadane's maximum subarray over `regionScores`), the body-text-extraction
 * idea that an article is where text outweighs everything else.
 */
export function mainRegion(blocks: Block[]): Region | undefined {
  const { kinds, scores, announced } = scored(blocks)
  let best = 0
  let bestRegion: Region | undefined
  let sum = 0
  let start = 0
  scores.forEach((s, i) => {
    if (sum <= 0) {
      sum = s
      start = i
    } else sum += s
    if (sum > best) {
      best = sum
      bestRegion = { start, end: i }
    }
  })
  if (!bestRegion) return undefined
  // A list that the text's last line announces ("… the following:") is the text's.
  while (announced[bestRegion.end + 1]) bestRegion.end++
  // Sentences at either edge that read as no prose (names, figures) are the text's too.
  const joins = (i: number) =>
    (kinds[i] === 'short' || kinds[i] === 'heading') && sentenceLike(blocks[i]!)
  while (joins(bestRegion.end + 1)) bestRegion.end++
  while (bestRegion.start > 0 && joins(bestRegion.start - 1)) bestRegion.start--
  return bestRegion
}

export const apparatusHeadingRe = caseless(
  /^(?:notes?|foot ?notes?|end ?notes?|references|bibliography|sources|further reading|suggested reading|reading list|works cited|citations|appendix(?: [\w.]+)?|postscript|afterword)\s*:?$/iu,
)
const noteItemRe = /^(?:\[?\d{1,3}[*a-z]?[\].):]|\(\d{1,3}\)|[*†‡§]+|\d{1,3}\s)/u

/**
 * Blocks that belong to the article's apparatus: a notes, references or
 * further-reading section (heading, then its items) that starts inside the
 * main text or after it. Notes are short and unlike prose, so the region
 * would leave them out.
 */
export function apparatus(blocks: Block[], region: Region): Set<number> {
  const keep = new Set<number>()
  let inside = false
  for (let i = region.start + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (apparatusHeadingRe.test(b.text)) {
      inside = true
      keep.add(i)
      continue
    }
    if (!inside) continue
    if (furnitureOf(b)) {
      inside = false
      continue
    }
    if (noteItemRe.test(b.text) || proseLike(b) || b.words.length >= 6) keep.add(i)
    else if (headingLike(b)) inside = false
  }
  return keep
}

/**
 * Where a comment thread starts, after the article has begun: a heading such
 * as "34 responses to …" or "Leave a Reply", or "Comments" followed by the
 * thread's marks (timestamps, "NAME says:").
 */
export function commentThread(blocks: Block[], region: Region): number | undefined {
  for (let i = region.start + 2; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.words.length > 14 || !commentsHead(b.text)) continue
    const strong =
      /^\[?\s*\d|^(?:leave|post|add|write|submit|join|start|top)/iu.test(b.text) ||
      otherCommentsHeadRe.test(b.text)
    const marks = blocks
      .slice(i + 1, i + 9)
      .filter(
        (x) =>
          timestampRe.test(x.text) ||
          saysRe.test(x.text) ||
          (x.text.length <= 60 && dateLineOf(x) !== undefined),
      ).length
    if (strong || marks >= 2) return i
  }
  return undefined
}

/**
 * Find the main text once, on the whole page, and mark each block with its
 * place. Later rules remove blocks (dates, repeats), and with them the
 * evidence that told a list of teasers from an article: they read the marks.
 */
export function markRegion(blocks: Block[]): Region | undefined {
  // A page cleaned before keeps the main text found then: later stages turn some of its
  // paragraphs into something else (a paragraph with a note reference is no block), and
  // the rest alone may weigh differently. Cleaning twice must change nothing.
  if (blocks.some((b) => b.node.data?.samizdatPlace)) return regionOf(blocks)
  const region = mainRegion(blocks)
  blocks.forEach((b, i) => {
    const place = !region || i < region.start ? 'before' : i > region.end ? 'after' : 'inside'
    b.node.data = { ...b.node.data, samizdatPlace: place }
  })
  return region
}

/** The boxes of links (titles and links) that stand inside the main text. */
export function linkBoxes(blocks: Block[], region: Region): LinkBox[] {
  return scored(blocks).boxes.filter((box) => box.title >= region.start && box.title <= region.end)
}

/**
 * The main text as first marked, or found now when no block carries a mark.
 * A block added since (unmarked) between two marked inside belongs to it.
 */
export function regionOf(blocks: Block[]): Region | undefined {
  if (blocks.length === 0 || !blocks.some((b) => b.node.data?.samizdatPlace))
    return mainRegion(blocks)
  const inside = blocks.flatMap((b, i) => (b.node.data?.samizdatPlace === 'inside' ? [i] : []))
  if (inside.length === 0) return undefined
  return { start: inside[0]!, end: inside.at(-1)! }
}
