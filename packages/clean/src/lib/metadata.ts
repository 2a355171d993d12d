import { metaOf, recordFinding } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Block, blocksOf, sameTextKey } from './blocks.ts'
import { appearance, bio, bylineOf, credit, issueLine, writesByline } from './bylines.ts'
import { dateLine, dateLineOf } from './dates.ts'
import { metadataLine } from './furniture.ts'
import { furnitureOf } from './lines.ts'
import { echoesTitle, type PageTitle, pageTitleOf } from './page-title.ts'
import { apparatusHeadingRe, regionOf } from './region.ts'
import { isKept, moveToMeta, removeBlock, setMeta, source } from './remove.ts'
import { capitalShare, nameLike, proseLike, verbless } from './shape.ts'

/** A title: a line of up to ~24 words that is not a sentence, a date, a byline or a label. */
function titleShaped(b: Block): boolean {
  const t = b.text
  if (b.words.length === 0 || b.words.length > 24 || t.length > 200 || b.sentences > 1) return false
  if (/[.,;:]$/u.test(t) || !/^[\p{Lu}\p{N}‘“"'(¿¡«\p{Lo}]/u.test(t)) return false
  // "By Reuters", "By Staff": a credit to an agency or a desk, not a title.
  if (/^[Bb]y\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(t)) return false
  return !metadataLine(b) && !writesByline(t) && !furnitureOf(b)
}

interface Context {
  tree: Root
  file: VFile
  blocks: Block[]
  /** Blocks already taken (moved to metadata or removed). */
  taken: Set<Block>
  /** The site's name as the page title gives it (`sameTextKey`), if it does. */
  siteKey?: string
}

/**
 * Move a block's metadata into `file.data.meta`. Returns false when the
 * block holds none; the block leaves the body when it does.
 */
function claim(ctx: Context, b: Block, allowName: boolean): boolean {
  const { file } = ctx
  const meta = metaOf(file)
  const t = b.text
  const by = bylineOf(b)
  if (by) {
    setMeta(file, 'authors', by.authors, b, 'byline', by.authors.join(', '))
    if (by.date) setMeta(file, 'date', by.date, b, 'date', by.date.iso)
    return take(ctx, b)
  }
  const date = dateLineOf(b)
  if (date) {
    setMeta(file, 'date', date.date, b, 'date', date.date.iso)
    return take(ctx, b)
  }
  const issue = issueLine(t)
  if (issue) {
    setMeta(file, 'issue', issue, b, 'issue')
    return take(ctx, b)
  }
  const from = appearance(t)
  if (from) {
    setMeta(file, 'publication', from.publication, b, 'publication')
    if (from.issue) {
      setMeta(file, 'issue', from.issue.replace(/\.$/u, ''), b, 'issue')
      const found = issueDate(from.issue)
      if (found) setMeta(file, 'date', found, b, 'date', found.iso)
    }
    return take(ctx, b)
  }
  const credited = credit(t)
  if (credited) {
    meta.credits = [...(meta.credits ?? []), credited]
    meta.origins = {
      ...meta.origins,
      credits: meta.origins?.credits ?? { from: 'text', line: b.line },
    }
    recordFinding(file, {
      field: 'credits',
      value: credited,
      line: b.line,
      ruleId: `${source}:credit`,
    })
    return take(ctx, b)
  }
  if (allowName && !meta.authors && nameLike(t)) {
    setMeta(file, 'authors', [t.trim()], b, 'author-line')
    return take(ctx, b)
  }
  return false
}

/** The month or year inside an issue line ("No. 103, November 1977, pp. 7–13"). */
function issueDate(text: string) {
  for (const part of text.split(/\s*,\s*/u)) {
    const found = dateLine(part)
    if (found) return found.date
  }
  return undefined
}

function take(ctx: Context, b: Block): boolean {
  if (!moveToMeta(ctx.tree, b)) return false
  ctx.taken.add(b)
  return true
}

function remove(ctx: Context, b: Block, rule: string, reason: string): void {
  if (removeBlock(ctx.file, ctx.tree, b, rule, reason)) ctx.taken.add(b)
}

/**
 * The title: the last title-shaped line before the main text, with only
 * metadata (and perhaps a standfirst or a caption) between. A name-shaped
 * line next to it is the author line rather than the title when the title
 * line before it is not a name, or when the page names that person
 * elsewhere ("Alex Callinicos Archive").
 */
function findTitle(blocks: Block[], start: number, furniture: string[]): number | undefined {
  const found = nearestTitle(blocks, start, furniture)
  if (found === undefined) return undefined
  // A title printed twice: the first copy is the title, and what stands between is the opening.
  const key = blocks[found]!.key
  for (let j = Math.max(0, found - 4); j < found; j++) if (blocks[j]!.key === key) return j
  return found
}

function nearestTitle(blocks: Block[], start: number, furniture: string[]): number | undefined {
  const named = (x: Block) => furniture.some((t) => t.includes(x.text))
  let skippedProse = false
  for (let i = start - 1; i >= 0 && i >= start - 8; i--) {
    const b = blocks[i]!
    if (titleShaped(b)) {
      const before = blocks[i - 1]
      if (!nameLike(b.text) || !before || !titleShaped(before)) return i
      if (!nameLike(before.text) || (named(b) && !named(before))) return i - 1
      return i
    }
    if (metadataLine(b) || verbless(b)) continue
    if (!skippedProse && b.words.length >= 8 && b.words.length <= 80) {
      skippedProse = true
      continue
    }
    return undefined
  }
  return start === 0 && blocks[0] && titleShaped(blocks[0]) ? 0 : undefined
}

/** True when a caption or a duplicate was removed between two raw lines. */
function furnitureBetween(file: VFile, after: number, before: number): boolean {
  return (file.data.removals ?? []).some(
    (r) => r.line > after && r.line < before && /:(?:caption|duplicate)$/u.test(r.ruleId),
  )
}

/**
 * Metadata from the prose: title, standfirst, authors (bylines, "… writes
 * NAME", an author line by the title, a closing "NAME is …"), date, the
 * publication and issue, transcription credits. Each block that yields
 * metadata leaves the body and is recorded as a finding; a title printed
 * twice and an advertising bio are removed.
 */
export function cleanMetadata() {
  return (tree: Root, file: VFile): void => {
    const blocks = blocksOf(tree)
    if (blocks.length === 0) return
    const region = regionOf(blocks) ?? { start: 0, end: blocks.length - 1 }
    const ctx: Context = { tree, file, blocks, taken: new Set() }
    // The site's own lines ("Alex Callinicos Archive") name the author, not the title.
    const furniture = (file.data.removals ?? []).map((r) => r.text)
    // A title already known (a page's <title>, front matter, an earlier pass)
    // is not looked for again: cleaning a cleaned article changes nothing.
    const known = file.data.meta?.title
    const page = known ? undefined : pageTitleOf(tree, blocks, furniture)
    let t = known ? undefined : findTitle(blocks, region.start, furniture)
    let titleKey: string | undefined = known ? sameTextKey(known) : undefined
    // The page's own title beats a heading near the text that does not echo it ("Mix", "News").
    const fromPage =
      page !== undefined &&
      page.printed === undefined &&
      (t === undefined || t === page.index || !echoesTitle(blocks[t]!, page.title))
    if (page) {
      if (page.site) ctx.siteKey = sameTextKey(page.site)
      if (page.printed !== undefined) t = page.printed
      // Settled at the end: the site's name is the publication only when nothing better turns up.
      ctx.taken.add(blocks[page.index]!)
    }
    if (page && fromPage) {
      const line = blocks[page.index]!
      titleKey = sameTextKey(page.title)
      setMeta(file, 'title', page.title, line, 'page-title')
      moveToMeta(tree, line)
      // The heading found near the text still marks where the byline and date follow.
      if (t !== undefined && t !== page.index) opening(ctx, t)
    } else if (t !== undefined) {
      const title = blocks[t]!
      titleKey = title.key
      setMeta(file, 'title', title.text, title, 'title')
      take(ctx, title)
      opening(ctx, t)
      beforeTitle(ctx, t, titleKey)
    }
    for (const b of blocks) {
      if (ctx.taken.has(b) || isKept(b) || titleKey === undefined) continue
      if (b.key === titleKey)
        remove(ctx, b, 'duplicate', 'Unexpected title printed twice, expected it once')
    }
    closing(ctx, region)
    // Stamps that say when the article was published, wherever they stand.
    for (const b of blocks) {
      if (
        ctx.taken.has(b) ||
        isKept(b) ||
        !/^(?:first |originally )?(?:published|posted)\b/iu.test(b.text)
      )
        continue
      if (dateLineOf(b) || bylineOf(b)) claim(ctx, b, false)
    }
    if (page) settlePageTitle(ctx, page, fromPage)
  }
}

/**
 * The page-title line, last: its site's name becomes the publication when
 * nothing better was found; otherwise, unless it gave the title, it goes.
 */
function settlePageTitle(ctx: Context, page: PageTitle, fromPage: boolean): void {
  const { file, tree } = ctx
  const line = ctx.blocks[page.index]!
  if (page.site && !metaOf(file).publication) {
    setMeta(file, 'publication', page.site, line, 'page-title')
    moveToMeta(tree, line)
  } else if (!fromPage) {
    removeBlock(
      file,
      tree,
      line,
      'page-title',
      `Unexpected page title with the site’s name “${line.text.slice(0, 40)}”, expected the article’s title once`,
    )
  }
}

/** Forward from the title: standfirst, bylines, dates, issue, credits, a caption. */
function opening(ctx: Context, t: number): void {
  const { blocks, file } = ctx
  const meta = metaOf(file)
  let seenMeta = false
  for (let i = t + 1; i < blocks.length && i <= t + 10; i++) {
    const b = blocks[i]!
    if (isKept(b)) break
    if (claim(ctx, b, i === t + 1)) {
      seenMeta = true
      continue
    }
    const next = blocks[i + 1]
    if (!seenMeta && !meta.standfirst && b.words.length <= 80 && b.sentences <= 4) {
      const writes = writesByline(b.text)
      if (writes && b.words.length >= 6) {
        setMeta(file, 'authors', writes.authors, b, 'byline', writes.authors.join(', '))
        setMeta(file, 'standfirst', writes.rest, b, 'standfirst')
        take(ctx, b)
        continue
      }
      const titled = next !== undefined && next.key === blocks[t]!.key
      const closed =
        next !== undefined &&
        (titled || metadataLine(next) || furnitureBetween(file, b.endLine, next.line))
      // Its place, between the title and the byline, says what it is: no need to read like the body.
      if (closed && b.words.length >= 8 && (b.sentences >= 1 || proseLike(b))) {
        setMeta(file, 'standfirst', b.text, b, 'standfirst')
        take(ctx, b)
        continue
      }
    }
    if (seenMeta && verbless(b) && next && proseLike(next)) {
      remove(
        ctx,
        b,
        'caption',
        `Unexpected caption-like line “${b.text.slice(0, 40)}”, expected article text`,
      )
      continue
    }
    break
  }
}

/** Backward from the title: an author line, a masthead, the page title with the site's name. */
function beforeTitle(ctx: Context, t: number, titleKey: string): void {
  const { blocks, file } = ctx
  const meta = metaOf(file)
  for (let i = t - 1; i >= 0 && i >= t - 6; i--) {
    const b = blocks[i]!
    if (isKept(b)) break
    if (ctx.taken.has(b)) continue
    // The site's name alone above the title is its masthead, not an author line.
    const masthead = b.key === ctx.siteKey
    if (!masthead && claim(ctx, b, true)) continue
    const key = b.key
    if (key.includes(titleKey) && key !== titleKey && b.words.length <= 40) {
      remove(
        ctx,
        b,
        'duplicate',
        'Unexpected title printed again with the site’s name, expected it once',
      )
      continue
    }
    const shaped = b.words.length <= 6 && capitalShare(b.text) >= 0.5 && !/[.!?:|]/u.test(b.text)
    if (masthead || (i === 0 && shaped)) {
      if (!meta.publication) {
        setMeta(file, 'publication', b.text, b, 'masthead')
        take(ctx, b)
      } else remove(ctx, b, 'masthead', `Unexpected masthead “${b.text}”, expected article text`)
    }
    break
  }
}

/**
 * At the end: a closing bio (plain or advertising) just before the notes or
 * reading list if there is one, else at the end of the main text; then the
 * date, issue and credit lines after the main text.
 */
function closing(ctx: Context, region: { start: number; end: number }): void {
  const { blocks, file } = ctx
  const meta = metaOf(file)
  authorBox(ctx, region)
  const heading = blocks.findIndex((b, i) => i > region.start && apparatusHeadingRe.test(b.text))
  const last = heading > 0 ? heading - 1 : region.end
  for (let i = Math.max(region.start, last - 1); i <= last; i++) {
    const b = blocks[i]!
    if (ctx.taken.has(b) || isKept(b) || b.words.length > 120) continue
    const found = bio(b.text)
    if (!found || (meta.authors && !meta.authors.some((a) => sameName(a, found.name)))) continue
    if (!meta.authors) setMeta(file, 'authors', [found.name], b, 'bio-author', found.name)
    if (found.advert) {
      remove(
        ctx,
        b,
        'advert-bio',
        `Unexpected advertisement in the author’s bio (“${found.name} is …”), expected article text`,
      )
    } else {
      setMeta(file, 'bio', b.text, b, 'bio')
      take(ctx, b)
    }
  }
  // Inside the body a date line may head a section; after it, it dates the page,
  // unless the tail holds several dates (teasers, comments): then none of them does.
  const tail = blocks.slice(region.end + 1).filter((b) => !ctx.taken.has(b) && !isKept(b))
  const dates = new Set(tail.map((b) => dateLineOf(b)?.date.iso).filter((d) => d !== undefined))
  for (const b of tail) {
    if (dates.size > 1 && dateLineOf(b)) continue
    claim(ctx, b, false)
  }
}

/** "About NAME" in the languages the interface words are known in. */
const aboutRe =
  /^(?:about|more about|about the author:?|sobre|acerca de|à propos de|a propos de|über|uber|informazioni su|chi è|over|об авторе:?)\s+(.+?)\s*:?$/iu

/**
 * An author box after the text: a heading "About NAME" (a person's name)
 * and a paragraph that names that person again. The heading goes, the
 * paragraph becomes the bio (and NAME the author when no byline named one).
 */
function authorBox(ctx: Context, region: { start: number; end: number }): void {
  const { blocks, file } = ctx
  const meta = metaOf(file)
  for (let i = region.start + 1; i + 1 < blocks.length; i++) {
    const b = blocks[i]!
    if (ctx.taken.has(b) || isKept(b) || b.words.length > 8) continue
    const name = aboutRe.exec(b.text)?.[1]
    if (!name || !nameLike(name)) continue
    const next = blocks[i + 1]!
    if (ctx.taken.has(next) || isKept(next) || next.words.length > 150) continue
    if (!next.key.includes(sameTextKey(name).split(' ').at(-1) ?? '\u0000')) continue
    if (meta.authors && !meta.authors.some((a) => sameName(a, name))) continue
    remove(
      ctx,
      b,
      'author-box',
      `Unexpected heading of an author box “${b.text}”, expected article text`,
    )
    if (!meta.authors) setMeta(file, 'authors', [name], next, 'bio-author', name)
    setMeta(file, 'bio', next.text, next, 'bio')
    take(ctx, next)
    return
  }
}

function sameName(a: string, b: string): boolean {
  const last = (s: string) => s.trim().split(/\s+/u).at(-1)?.toLowerCase()
  return last(a) === last(b)
}
