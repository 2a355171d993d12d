import type { Paragraph, Root } from 'mdast'
import { type Block, sameTextKey } from './blocks.ts'
import { labelRe, sectionLabelRe } from './patterns.ts'

/**
 * The page's `<title>` as a saved or pasted page prints it on its first
 * line: the article's title and the site's name ("Why We Organise | Some
 * Blog", "Why We Organise – Site Name", "Site Name: Why We Organise").
 */
export interface PageTitle {
  /** Index of the line among the blocks (the first block). */
  index: number
  /** The article's title, the site's part stripped. */
  title: string
  /** The site's name, when one side of the line is it. */
  site?: string
  /** Index of a later block printing the title alone (the article's own heading). */
  printed?: number
}

/** Separators that page titles put between the article's title and the site's name. */
const separatorRe = /\s+(?:[|–—·•»]|-{1,2}|::)\s+/gu
const hasSeparatorRe = new RegExp(separatorRe.source, 'u')
const domainRe = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[a-z]{2,6})$/iu
/** Words a name of a site or section may hold without a capital ("Friends of the Earth"). */
const smallWordRe =
  /^(?:of|the|and|for|in|on|at|to|a|an|&|de|del|la|le|les|el|di|du|der|und|e|y)$/iu

interface Part {
  text: string
  /** Where the part starts and ends in the line. */
  from: number
  to: number
}

function partsOf(text: string): Part[] {
  const parts: Part[] = []
  let from = 0
  for (const m of text.matchAll(separatorRe)) {
    parts.push({ text: text.slice(from, m.index), from, to: m.index })
    from = m.index + m[0].length
  }
  parts.push({ text: text.slice(from), from, to: text.length })
  return parts
}

/**
 * Shaped like the name of a site or one of its sections: short, no sentence,
 * every word capitalised, a figure or a small word (or a domain name), unless
 * the page prints the name elsewhere, which is evidence enough.
 */
function siteShaped(part: string, evidenced: boolean): boolean {
  const t = part.trim()
  const words = t.split(/\s+/u)
  if (!t || words.length > 6 || t.length > 60 || /[.!?,;:]$/u.test(t)) return false
  if (evidenced || domainRe.test(t)) return true
  return words.every((w) => !/^\p{Ll}/u.test(w) || smallWordRe.test(w))
}

/**
 * The page prints this name elsewhere: a block that is the name (a
 * masthead), or a short block holding it (a copyright line, a footer).
 */
function printedElsewhere(elsewhere: Elsewhere, part: string): boolean {
  const key = sameTextKey(part)
  if (!key) return false
  if (elsewhere.keys.has(key) || domainRe.test(part.trim())) return true
  // Only a short name counts inside another line: a long one there is a headline's words.
  if (key.split(' ').length > 4) return false
  const padded = ` ${key} `
  return elsewhere.short.some((other) => other.includes(padded))
}

/** The other lines of the page: their keys, and the short ones padded with spaces. */
interface Elsewhere {
  keys: Set<string>
  short: string[]
}

/** Printed alone as a line of its own elsewhere on the page. */
const printedAlone = (elsewhere: Elsewhere, text: string) => elsewhere.keys.has(sameTextKey(text))

/** An article's title: two words or more (or a script without spaces), not an interface label. */
function titleLike(text: string): boolean {
  const t = text.trim()
  const words = sameTextKey(t).split(' ').filter(Boolean)
  if (words.length < 2 || t.length > 200 || /:$/u.test(t)) return false
  return !labelRe.test(t) && !sectionLabelRe.test(t)
}

/** The title and site of a line, or undefined when it does not read as a page title. */
function split(elsewhere: Elsewhere, text: string): { title: string; site?: string } | undefined {
  const parts = partsOf(text)
  // Three items or more of a word or two are a menu ("Local News | Sport | Arts").
  const words = (p: Part) => p.text.trim().split(/\s+/u).length
  if (parts.length >= 3 && parts.every((p) => words(p) <= 2)) return undefined
  if (parts.length >= 2) {
    const first = parts[0]!
    const last = parts.at(-1)!
    const firstNamed = printedElsewhere(elsewhere, first.text)
    const lastNamed = printedElsewhere(elsewhere, last.text)
    const rest = text.slice(parts[1]!.from)
    const candidates: { title: string; site?: string }[] = []
    if (siteShaped(last.text, lastNamed)) {
      // Sections between the title and the site ("… | World | News | Express").
      let end = parts.length - 1
      while (end > 1 && siteShaped(parts[end - 1]!.text, false)) {
        if (words(parts[end - 1]!) > 3) break
        end--
      }
      candidates.push({ title: text.slice(0, parts[end - 1]!.to), site: last.text })
    }
    // The rest is the title: one more item, not a list of sections.
    if (firstNamed && words(first) <= 4 && siteShaped(first.text, true) && parts.length === 2)
      candidates.push({ title: rest, site: first.text })
    // The first side printed alone as a heading is the title, whatever the rest is.
    if (printedAlone(elsewhere, first.text))
      candidates.push({
        title: first.text,
        ...(siteShaped(rest, false) ? { site: rest } : {}),
      })
    const usable = candidates.filter((c) => titleLike(c.title))
    // The side the page prints alone as a heading is the title; else the side it names
    // elsewhere is the site; else the convention, "Title | Site".
    const chosen =
      usable.find((c) => printedAlone(elsewhere, c.title)) ??
      (firstNamed && !lastNamed ? usable.find((c) => c.site === first.text) : undefined) ??
      usable[0]
    if (!chosen) return undefined
    return chosen.site
      ? { title: chosen.title.trim(), site: chosen.site.trim() }
      : { title: chosen.title.trim() }
  }
  // "Site Name: Title": a colon also opens many titles, so only a name the page prints alone counts.
  const colon = /^([^:]{3,60}):\s+(\S.*)$/u.exec(text)
  if (!colon) return undefined
  const site = colon[1]!.trim()
  const key = sameTextKey(site)
  if (key.split(' ').length < 2 || !elsewhere.keys.has(key)) return undefined
  if (!siteShaped(site, true) || !titleLike(colon[2]!)) return undefined
  return { title: colon[2]!, site }
}

/**
 * The first line of the page when it is the page's title with the site's
 * name: not a sentence, printed once (a menu is printed at the top and the
 * bottom), split at its separator; the side the page prints elsewhere (a
 * masthead, a copyright line) or, failing that, the last side is the site.
 * `removed` are the texts of lines already taken out of the page (a
 * copyright line that names the site is evidence still).
 */
export function pageTitle(blocks: Block[], removed: readonly string[] = []): PageTitle | undefined {
  const found = titleAndSite(blocks, removed)
  return found && withPrinted(blocks, found)
}

/** Where the title is printed alone (the article's heading), if it is. */
function withPrinted(blocks: Block[], found: { title: string; site?: string }): PageTitle {
  const key = sameTextKey(found.title)
  const printed = blocks.findIndex((b, i) => i > 0 && b.key === key)
  return { index: 0, ...found, ...(printed > 0 ? { printed } : {}) }
}

/** What the first line of each page said, read while the whole page was there. */
const readBefore = new WeakMap<
  Root,
  { first: Paragraph; found?: { title: string; site?: string } }
>()

/**
 * `pageTitle`, read once per page: the furniture rules read the first line
 * with every other line still there and remember it for the metadata rules,
 * which ask again after the furniture has gone.
 */
export function pageTitleOf(
  tree: Root,
  blocks: Block[],
  removed: readonly string[] = [],
): PageTitle | undefined {
  const known = readBefore.get(tree)
  const first = blocks[0]
  if (first && known?.first === first.node) return known.found && withPrinted(blocks, known.found)
  const found = titleAndSite(blocks, removed)
  if (first) readBefore.set(tree, { first: first.node, ...(found ? { found } : {}) })
  return found && withPrinted(blocks, found)
}

function titleAndSite(
  blocks: Block[],
  removed: readonly string[],
): { title: string; site?: string } | undefined {
  const first = blocks[0]
  if (!first || first.words.length < 2 || first.words.length > 40 || first.sentences > 1)
    return undefined
  // Most first lines hold no separator and no colon: nothing more to read.
  if (!hasSeparatorRe.test(first.text) && !first.text.includes(':')) return undefined
  const elsewhere: Elsewhere = { keys: new Set(), short: [] }
  const add = (key: string, words: number) => {
    elsewhere.keys.add(key)
    if (words <= 12) elsewhere.short.push(` ${key} `)
  }
  for (let i = 1; i < blocks.length; i++) add(blocks[i]!.key, blocks[i]!.words.length)
  for (const text of removed) {
    const key = sameTextKey(text)
    add(key, key.split(' ').length)
  }
  if (elsewhere.keys.has(first.key)) return undefined
  const found = split(elsewhere, first.text)
  if (!found) return undefined
  return { title: found.title.trim(), ...(found.site ? { site: found.site } : {}) }
}

/**
 * A heading that prints the page title's words, perhaps shortened or reworded
 * a little ("'We Got Her!' Video Shows Rescue of Kidnapped Girl"): most of its
 * words are the title's.
 */
export function echoesTitle(b: Block, title: string): boolean {
  if (b.words.length < 3) return false
  const words = new Set(sameTextKey(title).split(' '))
  const shared = b.words.filter((w) => words.has(w)).length
  return shared >= 0.6 * b.words.length
}
