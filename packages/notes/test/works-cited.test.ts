import type { NoteCitation } from '@samizdat/core'
import { describe, expect, it } from 'vitest'
import {
  createNotesPreset,
  formatWorksCited,
  mergeCitations,
  remarkCitations,
  remarkFootnotes,
  rules,
  worksCitedStyle,
} from '../src/index.ts'

const broue = (note: string, extra: Record<string, unknown> = {}): NoteCitation => ({
  note,
  item: {
    id: 'broue-revolution-en-allemagne-1917-1923',
    type: 'book',
    title: 'Révolution en Allemagne 1917–1923',
    author: [{ family: 'Broué', given: 'P.' }],
    ...extra,
  },
})
const hinton: NoteCitation = {
  note: '18',
  item: {
    id: 'hinton-the-first-shop-stewards-movement',
    type: 'book',
    title: 'The First Shop Stewards Movement',
    author: [{ family: 'Hinton', given: 'J.' }],
    'publisher-place': 'London',
    issued: { 'date-parts': [[1973]] },
  },
}

describe('mergeCitations', () => {
  it('merges the same work across articles and fills gaps from later records', () => {
    const works = mergeCitations([
      { articleId: 'a', citations: [broue('19'), broue('21')] },
      {
        articleId: 'b',
        citations: [
          hinton,
          broue('1*', { 'publisher-place': 'Paris', issued: { 'date-parts': [[1971]] } }),
        ],
      },
    ])
    expect(works.map((w) => w.id)).toEqual([
      'broue-revolution-en-allemagne-1917-1923',
      'hinton-the-first-shop-stewards-movement',
    ])
    expect(works[0]).toMatchObject({
      'publisher-place': 'Paris',
      citedBy: [
        { article: 'a', note: '19' },
        { article: 'a', note: '21' },
        { article: 'b', note: '1*' },
      ],
    })
  })
})

describe('formatWorksCited', () => {
  it('formats a sorted bibliography with citeproc', () => {
    const works = mergeCitations([
      {
        articleId: 'a',
        citations: [
          hinton,
          broue('1', { 'publisher-place': 'Paris', issued: { 'date-parts': [[1971]] } }),
        ],
      },
    ])
    const entries = formatWorksCited(works)
    expect(entries.map((e) => e.id)).toEqual([
      'broue-revolution-en-allemagne-1917-1923',
      'hinton-the-first-shop-stewards-movement',
    ])
    expect(entries[0]!.text).toBe('Broué, P. (1971) Révolution en Allemagne 1917–1923. Paris.')
    expect(entries[0]!.html).toBe(
      'Broué, P. (1971) <i>Révolution en Allemagne 1917–1923</i>. Paris.',
    )
    expect(worksCitedStyle).toMatch(/Harvard/)
    expect(formatWorksCited([])).toEqual([])
  })
})

describe('options', () => {
  it('throws at once on bad options', () => {
    expect(() => remarkFootnotes({ minHeadlessRun: 0 })).toThrow(/minHeadlessRun/)
    expect(() => remarkFootnotes({ headings: [''] })).toThrow(/headings/)
    expect(() => remarkFootnotes({ bogus: 1 } as never)).toThrow(/unknown option/)
    expect(() => remarkCitations({ typography: 'yes' } as never)).toThrow(/typography/)
    expect(() => createNotesPreset({ footnotes: { minHeadlessRun: -1 } })).toThrow(/minHeadlessRun/)
  })
  it('documents every rule with a full id', () => {
    for (const id of Object.keys(rules)) expect(id).toMatch(/^notes:[a-z]+(?:-[a-z]+)*$/)
  })
})
