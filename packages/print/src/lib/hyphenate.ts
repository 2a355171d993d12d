import { createRequire } from 'node:module'
import type { Element, Nodes, Root } from 'hast'

type Hyphenator = (
  text: string,
  options?: { hyphenChar?: string; minWordLength?: number },
) => string

const require = createRequire(import.meta.url)
const cache = new Map<string, Hyphenator | null>()

const SHY = '\u00AD'

/**
 * The pattern set for a BCP 47 tag: British spelling patterns for the
 * Commonwealth variants, US patterns for other English, the bare language
 * for the rest; `null` when `hyphen` has no patterns for the language.
 */
export function hyphenatorFor(language: string): Hyphenator | null {
  const tag = language.toLowerCase()
  const [primary = ''] = tag.split('-')
  const commonwealth = /^en-(gb|au|nz|ie|in|za)\b/.test(tag)
  const name = primary === 'en' ? (commonwealth ? 'en-gb' : 'en-us') : primary
  if (cache.has(name)) return cache.get(name) ?? null
  let fn: Hyphenator | null = null
  if (/^[a-z]{2,3}(-[a-z]{2})?$/.test(name)) {
    try {
      fn = (require(`hyphen/${name}`) as { hyphenateSync: Hyphenator }).hyphenateSync
    } catch {
      fn = null
    }
  }
  cache.set(name, fn)
  return fn
}

// A token that must never break inside: web and mail addresses, paths, numbers.
const unbreakable = /(:\/\/|^www\.|@|\/|\\|\d)/
const word = /^[\p{L}’'-]+$/u

/** Words already hyphenated, per pattern set: running text repeats its words, so this saves most of the work. */
const memo = new WeakMap<Hyphenator, Map<string, string>>()

/** Soft hyphens in one word, keeping two letters before the first break and three after the last. */
function hyphenateWord(token: string, hyphenate: Hyphenator): string {
  if (token.length < 6 || !word.test(token) || unbreakable.test(token)) return token
  // Acronyms and all-capital words are left whole.
  if (token === token.toUpperCase()) return token
  let seen = memo.get(hyphenate)
  if (!seen) {
    seen = new Map()
    memo.set(hyphenate, seen)
  }
  const known = seen.get(token)
  if (known !== undefined) return known
  const out = breakWord(token, hyphenate)
  if (seen.size < 200_000) seen.set(token, out)
  return out
}

function breakWord(token: string, hyphenate: Hyphenator): string {
  const parts = hyphenate(token, { hyphenChar: SHY }).split(SHY)
  let out = ''
  let seen = 0
  for (const [i, part] of parts.entries()) {
    seen += part.length
    const left = seen
    const right = token.length - seen
    out += part
    if (i < parts.length - 1 && left >= 2 && right >= 3 && !part.endsWith('-')) out += SHY
  }
  return out
}

const affixes = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u

/** Soft hyphens in running text, word by word; whitespace and URLs untouched. */
export function hyphenateText(text: string, hyphenate: Hyphenator): string {
  // Word by word; a word shorter than six letters stays whole, so shorter tokens are passed over at once.
  return text.replace(/\S{6,}/g, (token) => {
    if (unbreakable.test(token)) return token
    // Dashes separate words too (`power—the`), though not inside an address.
    return token.replace(/[^—–]{6,}/g, (piece) => {
      // Keep leading and trailing punctuation outside the word.
      const match = affixes.exec(piece)
      if (!match) return piece
      const [, lead = '', core = '', tail = ''] = match
      return lead + hyphenateWord(core, hyphenate) + tail
    })
  })
}

/** Elements whose text is never hyphenated: titles, code, and anything marked `nohyphen`. */
const keepWhole = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'title',
  'style',
  'script',
])

function skip(element: Element): boolean {
  if (keepWhole.has(element.tagName)) return true
  const classes = element.properties.className
  if (Array.isArray(classes) && classes.includes('nohyphen')) return true
  // A link whose text is its address is a URL in the text.
  if (element.tagName === 'a') {
    const href = element.properties.href
    const text = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
    if (
      typeof href === 'string' &&
      (text.includes('://') || text.startsWith('www.') || href.endsWith(text))
    )
      return true
  }
  return false
}

/**
 * Inserts soft hyphens into a hast tree at build time, because Chromium
 * does not hyphenate here; WeasyPrint then uses the same break points, so
 * both engines set the same words the same way.
 */
export function hyphenateTree(tree: Root | Element, language: string): void {
  const hyphenate = hyphenatorFor(language)
  if (!hyphenate) return
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      node.value = hyphenateText(node.value, hyphenate)
      return
    }
    if (node.type === 'element' && skip(node)) return
    if (node.type === 'element' || node.type === 'root')
      for (const child of node.children) walk(child)
  }
  walk(tree)
}
