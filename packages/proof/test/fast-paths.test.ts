import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import type { Block } from '../src/lib/block.ts'
import { dashesOf } from '../src/lib/dashes.ts'
import { detectStrayPunctuation } from '../src/lib/detect-marks.ts'
import { Trie } from '../src/lib/dictionary-index.ts'
import { editList, editsIn, editsOf } from '../src/lib/edits.ts'
import { pointOf } from '../src/lib/place.ts'
import { quoteEdits } from '../src/lib/quotes.ts'
import { skippedSpans, wordsOf } from '../src/lib/tokens.ts'
import { rangeEdits, spaceEdits } from '../src/lib/typeset.ts'
import { quoteCountsOf } from '../src/lib/typography.ts'
import * as reference from './reference.ts'

/**
 * The fast paths (hand-written scanners, quick tests before a pattern,
 * edits built without a set) against the plain versions in `reference.ts`,
 * on texts made from the pieces the rules look at. A seeded generator keeps
 * every run the same.
 */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pieces = [
  ...'abcdefghijklmnopqrstuvwxyz'.split(''),
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  'the',
  'The',
  'é',
  'Ó',
  'e\u0301',
  'ſ',
  'İ',
  '\u{1D400}',
  '\u{1D7CF}',
  '\uD800',
  '0',
  '1',
  '9',
  '1936',
  '_',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  "'",
  '’',
  '‘',
  '"',
  '“',
  '”',
  '-',
  '‐',
  '–',
  '—',
  '--',
  ' - ',
  ' – ',
  ' — ',
  '.',
  '..',
  '...',
  '…',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '/',
  '@',
  '#',
  'www.',
  '.com',
  '.org.uk',
  '.ES',
  'http://',
  'May-June',
  "L'",
  'd’',
  '\uFFFC',
]

function texts(seed: number, count: number, length = 40): string[] {
  const rand = random(seed)
  return Array.from({ length: count }, () => {
    let text = ''
    const n = 1 + Math.floor(rand() * length)
    for (let i = 0; i < n; i++) text += pieces[Math.floor(rand() * pieces.length)]
    return text
  })
}

const blockOf = (value: string): Block => {
  const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value }] }
  return { kind: 'paragraph', node, value, segments: [] }
}

describe('fast paths give the plain versions’ results', () => {
  const samples = texts(20240601, 4000)

  it('words and skipped spans', () => {
    for (const text of samples) {
      expect(skippedSpans(text), text).toEqual(reference.skippedSpans(text))
      expect(wordsOf(text), text).toEqual(reference.wordsOf(text))
      expect(wordsOf(text, []), text).toEqual(reference.wordsOf(text, []))
    }
  })

  it('quote marks, their count, dashes, spaces and ranges', () => {
    for (const text of samples) {
      const skip = reference.skippedSpans(text)
      expect(quoteEdits(text, skip), text).toEqual(reference.quoteEdits(text, skip))
      expect(dashesOf(text, skip), text).toEqual(reference.dashesOf(text, skip))
      expect(spaceEdits(text, skip), text).toEqual(reference.spaceEdits(text, skip))
      expect(rangeEdits(text, skip), text).toEqual(reference.rangeEdits(text, skip))
    }
    for (let i = 0; i + 3 <= samples.length; i += 3) {
      const some = samples.slice(i, i + 3)
      expect(quoteCountsOf(some), some.join('¶')).toEqual(reference.quoteCounts(some))
    }
  })

  it('stray punctuation', () => {
    for (const text of samples)
      expect(detectStrayPunctuation(blockOf(text)), text).toEqual(reference.strayPunctuation(text))
  })

  it('edits one away, with and without the set', () => {
    const rand = random(7)
    for (let k = 0; k < 3000; k++) {
      const letters = 'aabbcdeeoOAZsSllmnr'
      let word = ''
      for (let i = 1 + Math.floor(rand() * 7); i > 0; i--)
        word += letters[Math.floor(rand() * letters.length)]
      expect(editList(word), word).toEqual([...editsOf(word)])
      const keepsEnds = (e: string) =>
        e.length === word.length ||
        (e.charCodeAt(0) === word.charCodeAt(0) && e.at(-1) === word.at(-1))
      expect(editList(word, false), word).toEqual([...editsOf(word)].filter(keepsEnds))
    }
    expect(editList('Óscar')).toEqual([...editsOf('Óscar')])
    expect(editList('Óscar', false)).toEqual(
      [...editsOf('Óscar')].filter((e) => e.length === 5 || (e[0] === 'Ó' && e.at(-1) === 'r')),
    )
  })

  it('edits one away that a trie holds', () => {
    const rand = random(11)
    const word = (max: number) => {
      let w = ''
      for (let i = 1 + Math.floor(rand() * max); i > 0; i--)
        w += 'abcdeoOAZsSlmnr'[Math.floor(rand() * 15)]
      return w
    }
    const keys = Array.from({ length: 3000 }, () => word(6))
    const lists = ['xyz', "o'ne", 'Zoo']
    const held = new Set([...keys, ...lists].map((k) => k.toLowerCase()))
    const tries = [Trie.of(keys), Trie.of(lists)]
    for (let k = 0; k < 3000; k++) {
      const w = word(7)
      const expected = [...editsOf(w)].filter((c) => held.has(c.toLowerCase()))
      expect(editsIn(w, tries), w).toEqual(expected)
    }
  })

  it('the raw map: every character, an edit, the end', () => {
    const value = 'one  two\tthree'
    const node = {
      type: 'text' as const,
      value,
      position: { start: { line: 2, column: 3 }, end: { line: 3, column: 6 } },
    }
    const raw = ['', '  one  two', '\tthree']
    expect(pointOf(node, 0, raw)).toEqual({ line: 2, column: 3 })
    expect(pointOf(node, 9, raw)).toEqual({ line: 3, column: 2 })
    expect(pointOf(node, value.length, raw)).toEqual({ line: 3, column: 7 })
    expect(pointOf(node, value.length + 1, raw)).toBeUndefined()
  })
})
