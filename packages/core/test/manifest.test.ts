import { describe, expect, it } from 'vitest'
import { ManifestError, parseManifest } from '@samizdat/core'

const good = `title: Dual Power
language: en-GB
date: 2026-11-22
articles:
  - source: a.txt
    author: Alex Callinicos
    date: 1977-11
`

function errorOf(text: string): ManifestError {
  try {
    parseManifest(text, 'book.yaml')
  } catch (error) {
    return error as ManifestError
  }
  throw new Error('expected a ManifestError')
}

describe('parseManifest', () => {
  it('accepts a good manifest and normalises YAML dates to ISO strings', () => {
    const m = parseManifest(good, 'book.yaml')
    expect(m.date).toBe('2026-11-22')
    expect(m.articles?.[0]).toEqual({ source: 'a.txt', author: 'Alex Callinicos', date: '1977-11' })
  })

  it('names the line and the field of an unknown field', () => {
    const e = errorOf(`${good}    colour: red\n`)
    expect(e).toBeInstanceOf(ManifestError)
    expect(e.message).toBe('book.yaml:8:5: Unknown field `colour`')
  })

  it('names a missing required field', () => {
    const e = errorOf('title: X\ndate: 2020\n')
    expect(e.message).toMatch(/^book\.yaml:1:1: Missing required field `language`/)
  })

  it('names the line of a value of the wrong type', () => {
    const e = errorOf(good.replace('author: Alex Callinicos', 'author: 42'))
    expect(e.line).toBe(6)
    expect(e.message).toContain('articles[0].author')
  })

  it('rejects a bad date with its line', () => {
    const e = errorOf(good.replace('date: 1977-11', 'date: November 1977'))
    expect(e.line).toBe(7)
    expect(e.message).toContain('Expected an ISO date')
  })

  it('reports invalid YAML with a position', () => {
    const e = errorOf('title: [unclosed\n')
    expect(e.message).toMatch(/^book\.yaml:\d+:\d+: Invalid YAML/)
  })

  it('is one line', () => {
    expect(errorOf('{').message.includes('\n')).toBe(false)
  })
})
