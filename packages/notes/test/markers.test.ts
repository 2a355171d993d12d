import { describe, expect, it } from 'vitest'
import { headingMatcher, parseDefinitionStart } from '../src/lib/definitions.ts'
import { identifierOf, parseLabel } from '../src/lib/labels.ts'
import { findMarkers } from '../src/lib/markers.ts'

const labels = (text: string) => findMarkers(text).map((m) => `${m.form}:${m.label.label}`)

describe('findMarkers', () => {
  it('finds each marker form', () => {
    expect(labels('a [12] b [1*] c (3) d⁴ e* f† g')).toEqual([
      'bracket:12',
      'bracket:1*',
      'paren:3',
      'superscript:4',
      'symbol:*',
      'symbol:†',
    ])
  })
  it('leaves brackets that are not notes', () => {
    expect(labels('[sic] [the first Prime Minister] […] [...] [1917] [a]')).toEqual([])
  })
  it('leaves exponents alone', () => {
    expect(labels('an area of 40 m² or 10³ units')).toEqual([])
  })
  it('marks only bracketed forms as strong', () => {
    expect(findMarkers('x [2] (2) y²').map((m) => m.strong)).toEqual([true, false, false])
  })
})

describe('parseDefinitionStart', () => {
  const read = (text: string) => {
    const d = parseDefinitionStart(text)
    return d ? `${d.form}:${d.label.label}:${text.slice(d.offset)}` : undefined
  }
  it('reads every definition style', () => {
    expect(read('1. A. Gramsci, Title')).toBe('dotted:1:A. Gramsci, Title')
    expect(read('12 Ibid., p. 9')).toBe('plain:12:Ibid., p. 9')
    expect(read('[3] See above')).toBe('bracket:3:See above')
    expect(read('1* Although')).toBe('plain:1*:Although')
    expect(read('1*. Although')).toBe('dotted:1*:Although')
    expect(read('(4) Text')).toBe('paren:4:Text')
    expect(read('² Text')).toBe('superscript:2:Text')
    expect(read('† Text')).toBe('symbol:†:Text')
  })
  it('does not read numbers that start ordinary sentences', () => {
    expect(read('1917 was the year')).toBeUndefined()
    expect(read('12 000 men struck')).toBeUndefined()
    expect(read('3.5 per cent')).toBeUndefined()
  })
})

describe('labels', () => {
  it('makes identifiers from printed labels', () => {
    expect(identifierOf('13')).toBe('13')
    expect(identifierOf('1*')).toBe('1-star')
    expect(identifierOf('**')).toBe('star-star')
    expect(identifierOf('†')).toBe('dagger')
    expect(parseLabel('¹²')).toEqual({ label: '12', series: 'number', number: 12 })
  })
})

describe('headingMatcher', () => {
  const extra = ['Sources and further reading']
  const isHeading = headingMatcher(extra)
  // The plain test the matcher makes quickly: trimmed, a final `:` or `.` dropped, spaces collapsed.
  const names = new Set(['notes', 'references', 'notes and references', extra[0]!.toLowerCase()])
  const plain = (text: string) =>
    names.has(text.trim().replace(/[:.]$/, '').replace(/\s+/g, ' ').toLowerCase())
  const texts = [
    'Notes',
    `${' '.repeat(30)}Notes   and \n\t references:${' '.repeat(30)}`,
    `Notes   and references${' '.repeat(40)}:`,
    'Sources  and  further  reading.',
    'Notes on the Russian Revolution',
    'Notes and references, and a long paragraph of prose after them',
    `Notes${'\u00a0'.repeat(30)}x`,
    `${'\u3000'.repeat(50)}References.`,
  ]
  it('answers as the plain test, long or short', () => {
    for (const text of texts) expect(isHeading(text), JSON.stringify(text)).toBe(plain(text))
    expect(texts.filter(isHeading)).toHaveLength(4)
  })
})
