import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { hyphenateText, hyphenateTree, hyphenatorFor } from '../src/lib/hyphenate.ts'

const SHY = '\u00AD'
const show = (s: string) => s.replaceAll(SHY, '|')

describe('hyphenatorFor', () => {
  it('chooses British patterns for British English and US patterns for other English', () => {
    const gb = hyphenatorFor('en-GB')!
    const us = hyphenatorFor('en')!
    expect(show(hyphenateText('representatives', gb))).toBe('rep|res|ent|at|ives')
    expect(show(hyphenateText('representatives', us))).toBe('rep|re|sen|ta|tives')
    expect(hyphenatorFor('en-AU')).toBe(gb)
    expect(hyphenatorFor('en-US')).toBe(us)
  })

  it('finds other languages by their primary tag, and has nothing for unknown ones', () => {
    expect(show(hyphenateText('Arbeiterräte', hyphenatorFor('de-DE')!))).toContain('|')
    expect(hyphenatorFor('zz')).toBeNull()
    expect(hyphenatorFor('../etc')).toBeNull()
  })
})

describe('hyphenateText', () => {
  const gb = hyphenatorFor('en-GB')!

  it('keeps two letters before the first break and three after the last', () => {
    for (const word of ['revolutionary', 'organisation', 'government', 'Bolsheviks']) {
      const parts = hyphenateText(word, gb).split(SHY)
      expect(parts.length, word).toBeGreaterThan(1)
      expect(parts[0]!.length, word).toBeGreaterThanOrEqual(2)
      expect(parts.at(-1)!.length, word).toBeGreaterThanOrEqual(3)
    }
  })

  it('leaves addresses, numbers, acronyms, short words and punctuation alone', () => {
    const text =
      'See https://example.org/revolutionary/archive, www.marxists.org, mail@example.org, 1917–1923, NATO and UNISON: the cat.'
    expect(hyphenateText(text, gb)).toBe(text)
  })

  it('hyphenates words joined by a dash', () => {
    expect(show(hyphenateText('organisation—revolutionary', gb))).toBe(
      'or|gan|isa|tion—re|volu|tion|ary',
    )
  })

  it('keeps punctuation outside the word and whitespace as it was', () => {
    expect(show(hyphenateText('“revolutionary,”  organisation.', gb))).toBe(
      '“re|volu|tion|ary,”  or|gan|isa|tion.',
    )
  })
})

describe('hyphenateTree', () => {
  it('hyphenates paragraphs but not headings, code or links whose text is their address', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'h2',
          properties: {},
          children: [{ type: 'text', value: 'Revolutionary organisation' }],
        },
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Revolutionary organisation at ' },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: 'https://example.org/x' },
              children: [{ type: 'text', value: 'example.org/x' }],
            },
            {
              type: 'element',
              tagName: 'code',
              properties: {},
              children: [{ type: 'text', value: 'revolutionary' }],
            },
          ],
        },
      ],
    }
    hyphenateTree(tree, 'en-GB')
    expect(JSON.stringify(tree.children[0])).not.toContain(SHY)
    const p = tree.children[1] as Extract<Root['children'][number], { type: 'element' }>
    expect(show((p.children[0] as { value: string }).value)).toBe(
      'Re|volu|tion|ary or|gan|isa|tion at ',
    )
    expect(JSON.stringify(p.children.slice(1))).not.toContain(SHY)
  })
})
