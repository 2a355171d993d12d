import { describe, expect, it } from 'vitest'
import { parseReference, toCslItem } from '../src/index.ts'

describe('parseReference', () => {
  it('reads a note-style book citation', () => {
    const r = parseReference('P. Broué, Révolution en Allemagne 1917–1923, Paris 1971, pp. 78–9.')
    expect(r.fields).toMatchObject({
      author: 'P. Broué',
      title: 'Révolution en Allemagne 1917–1923',
      place: 'Paris',
      date: '1971',
      pages: 'pp. 78–9',
    })
    expect(r.authors).toEqual([{ family: 'Broué', given: 'P.' }])
  })
  it('reads a chapter in a collection', () => {
    const r = parseReference(
      'A. Gramsci, The Revolution Against Capital, in Selections from Political Writings 1910–1920, London 1977, pp. 34–5.',
    )
    expect(r.inContainer).toBe(true)
    expect(r.fields.container).toBe('Selections from Political Writings 1910–1920')
    expect(r.fields.date).toBe('1977')
    const item = toCslItem(r)
    expect(item).toMatchObject({
      type: 'chapter',
      id: 'gramsci-the-revolution-against-capital',
      'publisher-place': 'London',
    })
  })
  it('reads an APA journal reference', () => {
    const r = parseReference(
      'Chirkov, V. (2009). Introduction to the special issue on Critical Acculturation Psychology. International Journal of Intercultural Relations, 33(2), 87-93.',
    )
    expect(r.fields).toMatchObject({
      author: 'Chirkov, V.',
      date: '(2009)',
      title: 'Introduction to the special issue on Critical Acculturation Psychology',
      container: 'International Journal of Intercultural Relations',
      volume: '33',
      issue: '2',
      pages: '87-93',
    })
  })
  it('reads a Chicago bibliography entry with place and publisher', () => {
    const r = parseReference(
      'Beck, Ulrich, Anthony Giddens, and Scott Lash. Reflexive Modernization: Politics, Tradition and Aesthetics in the Modern Social Order. Cambridge: Polity Press, 1994.',
    )
    expect(r.authors.map((a) => a.family)).toEqual(['Beck', 'Giddens', 'Lash'])
    expect(r.fields).toMatchObject({ place: 'Cambridge', publisher: 'Polity Press', date: '1994' })
    expect(r.fields.title).toBe(
      'Reflexive Modernization: Politics, Tradition and Aesthetics in the Modern Social Order',
    )
  })
  it('reads a journal number after the title and a season date', () => {
    const r = parseReference(
      'C. Goodey, Factory Committees and the Dictatorship of the Proletariat (1918), Critique 3, Autumn 1974, p. 29.',
    )
    expect(r.fields).toMatchObject({
      container: 'Critique',
      volume: '3',
      date: 'Autumn 1974',
      pages: 'p. 29',
    })
    expect(toCslItem(r).issued).toEqual({ 'date-parts': [[1974]], season: 3 })
  })
  it('reads a title in quotation marks and a year in the title', () => {
    const r = parseReference('L. Trotsky, 1905, London 1973, p. 102.')
    expect(r.fields).toMatchObject({ title: '1905', place: 'London', date: '1973' })
  })
  it('gives a result for any string', () => {
    expect(parseReference('').fields).toEqual({})
    expect(parseReference('Just some words').fields.title).toBe('Just some words')
  })
})
