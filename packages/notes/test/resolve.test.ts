import { describe, expect, it } from 'vitest'
import { CitationResolver, splitNote } from '../src/index.ts'

describe('splitNote', () => {
  it('splits several works and strips See', () => {
    const parts = splitNote(
      'See T. Cliff, State Capitalism in Russia, London 1974, and P. Binns and D. Hallas, The Soviet Union, IS 91, September 1976.',
    )
    expect(parts.map((p) => (p.kind === 'work' ? p.text : p.kind))).toEqual([
      'T. Cliff, State Capitalism in Russia, London 1974',
      'P. Binns and D. Hallas, The Soviet Union, IS 91, September 1976.',
    ])
  })
  it('splits a work quoted in another', () => {
    const parts = splitNote(
      'N. Bukharin, Towards a Theory of the Imperialist State, quoted in S. Cohen, Bukharin and the Bolshevik Revolution, London 1974, p. 29.',
    )
    expect(parts).toHaveLength(2)
    expect(parts[0]).toMatchObject({ kind: 'work', quotedIn: true })
  })
  it('reads the abbreviations', () => {
    expect(splitNote('Ibid., p. 9.')).toEqual([{ kind: 'ibid', locator: 'p. 9' }])
    expect(splitNote('Ibid.')).toEqual([{ kind: 'ibid' }])
    expect(splitNote('Trotsky, op. cit., p. 389.')).toEqual([
      { kind: 'op-cit', author: 'Trotsky', locator: 'p. 389' },
    ])
    expect(splitNote('Braverman, loc. cit.')).toEqual([{ kind: 'loc-cit', author: 'Braverman' }])
    expect(splitNote('A. Gramsci, Workers’ Democracy, ibid., p. 65.')).toEqual([
      {
        kind: 'chapter',
        via: 'ibid',
        author: 'A. Gramsci',
        title: 'Workers’ Democracy',
        locator: 'p. 65',
      },
    ])
  })
})

describe('CitationResolver', () => {
  it('resolves ibid, op. cit. and chapters in the same collection', () => {
    const r = new CitationResolver()
    const all = [
      ...r.note(
        '1',
        'number',
        'A. Gramsci, The Revolution Against Capital, in Selections from Political Writings 1910–1920, London 1977, pp. 34–5.',
      ),
      ...r.note(
        '2',
        'number',
        'L. Trotsky, The History of the Russian Revolution, London 1967, Vol. I, p. 159.',
      ),
      ...r.note('3', 'number', 'Ibid., p. 160.'),
      ...r.note('4', 'number', 'A. Gramsci, Workers’ Democracy, op. cit., p. 65.'),
      ...r.note('5', 'number', 'Ibid., p. 66.'),
      ...r.note('6', 'number', 'Trotsky, op. cit., p. 389.'),
      ...r.note('7', 'number', 'Trotsky, loc. cit.'),
    ]
    const view = all.map((c) => [c.note, c.item.id, c.locator, c.resolvedFrom, c.resolvedTo])
    expect(view).toEqual([
      ['1', 'gramsci-the-revolution-against-capital', 'pp. 34–5', undefined, undefined],
      ['2', 'trotsky-the-history-of-the-russian-revolution', 'p. 159', undefined, undefined],
      ['3', 'trotsky-the-history-of-the-russian-revolution', 'p. 160', 'ibid', '2'],
      ['4', 'gramsci-workers-democracy', 'p. 65', 'op-cit', '1'],
      ['5', 'gramsci-workers-democracy', 'p. 66', 'ibid', '4'],
      ['6', 'trotsky-the-history-of-the-russian-revolution', 'p. 389', 'op-cit', '2'],
      ['7', 'trotsky-the-history-of-the-russian-revolution', 'p. 159', 'loc-cit', '2'],
    ])
    expect(all[3]!.item['container-title']).toBe('Selections from Political Writings 1910–1920')
    expect(r.unresolved).toEqual([])
  })
  it('keeps a second series apart for ibid', () => {
    const r = new CitationResolver()
    r.note('1', 'number', 'J. Hinton, The First Shop Stewards Movement, London 1973, p. 5.')
    r.note('1*', 'star-number', 'R. Page Arnot, The Miners, London 1949, p. 7.')
    const [c] = r.note('2', 'number', 'Ibid., p. 6.')
    expect(c).toMatchObject({
      resolvedTo: '1',
      item: { id: 'hinton-the-first-shop-stewards-movement' },
    })
  })
  it('reports what it cannot resolve', () => {
    const r = new CitationResolver()
    expect(r.note('1', 'number', 'Ibid., p. 3.')).toEqual([])
    expect(r.note('2', 'number', 'Smith, op. cit., p. 4.')).toEqual([])
    expect(r.unresolved.map((u) => u.kind)).toEqual(['ibid', 'op-cit'])
  })
  it('reads no citation out of a prose note', () => {
    const r = new CitationResolver()
    expect(
      r.note(
        '1*',
        'star-number',
        'Although the revolution took place on 7 November 1917 according to the western calendar, the old calendar was still in force in Russia at the time.',
      ),
    ).toEqual([])
  })
  it('finds a citation inside prose', () => {
    const r = new CitationResolver()
    const [c] = r.note(
      '18',
      'number',
      'The following analysis draws heavily on J. Hinton, The First Shop Stewards Movement, London 1973. It should be emphasised that the war accelerated a process.',
    )
    expect(c?.item).toMatchObject({
      id: 'hinton-the-first-shop-stewards-movement',
      'publisher-place': 'London',
    })
  })
})
