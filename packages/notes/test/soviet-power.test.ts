import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readText } from '@samizdat/read'
import type { FootnoteDefinition, FootnoteReference } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { mergeCitations, notesPreset } from '../src/index.ts'

// The Callinicos essay from the project's sources: 33 numbered notes and one `1*` note.
const path = join(import.meta.dirname, '../../../sources/soviet-power.txt')
const { file, tree } = readText(readFileSync(path), 'soviet-power.txt')
unified().use(notesPreset).runSync(tree, file)
const definitions: FootnoteDefinition[] = []
const references: FootnoteReference[] = []
visit(tree, 'footnoteDefinition', (n) => {
  definitions.push(n)
})
visit(tree, 'footnoteReference', (n) => {
  references.push(n)
})
const citations = file.data.citations ?? []
const idOf = (note: string) => citations.filter((c) => c.note === note).map((c) => c.item.id)

describe('soviet-power.txt', () => {
  it('makes all 34 notes real footnotes, each called once, with no problem reported', () => {
    expect(definitions.map((d) => d.label)).toEqual([
      '1*',
      ...Array.from({ length: 33 }, (_, i) => String(i + 1)),
    ])
    expect(references.map((r) => r.identifier).sort()).toEqual(
      definitions.map((d) => d.identifier).sort(),
    )
    expect(new Set(definitions.map((d) => d.identifier)).size).toBe(34)
    expect(file.messages).toEqual([])
  })
  it('leaves no [n] marker in any text', () => {
    let left = ''
    visit(tree, 'text', (t) => {
      if (/\[\d{1,3}\*?\]/.test(t.value)) left += t.value
    })
    expect(left).toBe('')
  })
  it('keeps marker positions in the raw file', () => {
    const first = references.find((r) => r.label === '1*')!
    const line = file.data.rawLines![first.position!.start.line - 1]!
    expect(line.slice(first.position!.start.column - 1, first.position!.end.column - 1)).toBe(
      '[1*]',
    )
  })
  it('removes and records the two section headings', () => {
    expect(file.data.removals?.map((r) => [r.ruleId, r.text, r.line])).toEqual([
      ['notes:section-heading', 'Footnote', 227],
      ['notes:section-heading', 'Notes', 232],
    ])
  })
  it('resolves every Ibid. and op. cit. to the right work', () => {
    const resolved = Object.fromEntries(
      citations
        .filter((c) => c.resolvedFrom)
        .map((c) => [c.note, `${c.resolvedFrom}>${c.resolvedTo}:${c.item.id}`]),
    )
    expect(resolved).toEqual({
      '2': 'ibid>1:gramsci-the-russian-utopia',
      '5': 'ibid>4:interview-in-international',
      '7': 'ibid>6:trotsky-1905',
      '10': 'ibid>9:lenin-the-tasks-of-the-proletariat-in-our-revolution',
      '13': 'op-cit>8:trotsky-the-history-of-the-russian-revolution',
      '14': 'op-cit>12:goodey-factory-committees-and-the-dictatorship-of-the-proletariat-1918',
      '16': 'op-cit>12:goodey-factory-committees-and-the-dictatorship-of-the-proletariat-1918',
      '17': 'op-cit>8:trotsky-the-history-of-the-russian-revolution',
      '20': 'op-cit>12:goodey-factory-committees-and-the-dictatorship-of-the-proletariat-1918',
      '21': 'op-cit>19:broue-revolution-en-allemagne-1917-1923',
      '23': 'op-cit>2:gramsci-on-the-lordino-nuovo-programme',
      '24': 'ibid>23:gramsci-workers-democracy',
      '25': 'ibid>24:gramsci-workers-democracy',
      '26': 'ibid>25:gramsci-unions-and-councils',
      '27': 'ibid>26:gramsci-the-instruments-of-labour',
      '28': 'ibid>27:gramsci-proletarian-unity',
    })
    // The chapters cited with ibid. and op. cit. sit in the collection of note 1.
    for (const note of ['2', '23', '24', '26', '27', '28']) {
      expect(citations.find((c) => c.note === note)?.item['container-title']).toBe(
        'Selections from Political Writings 1910–1920',
      )
    }
  })
  it('reads several works in one note and a citation inside prose', () => {
    expect(idOf('22')).toEqual([
      'bukharin-towards-a-theory-of-the-imperialist-state',
      'cohen-bukharin-and-the-bolshevik-revolution',
    ])
    expect(idOf('32')).toEqual([
      'cliff-state-capitalism-in-russia',
      'binns-the-soviet-union-state-capitalist-of-socialist',
    ])
    expect(idOf('18')).toEqual(['hinton-the-first-shop-stewards-movement'])
    expect(idOf('1*')).toEqual([])
  })
  it('keeps the note texts in the author’s wording', () => {
    const note = (label: string) => textOf(definitions.find((d) => d.label === label)!)
    // Every note is its raw line less the label, except where a range took an en dash.
    for (const d of definitions) {
      const raw = file.data.rawLines!.find((l) => l.startsWith(`${d.label}. `))!
      expect(note(d.label!)).toBe(raw.slice(d.label!.length + 2).trim())
    }
  })
  it('lists each distinct work once with the notes that cite it', () => {
    const works = mergeCitations([{ articleId: 'soviet-power', citations }])
    const trotsky = works.find((w) => w.id === 'trotsky-the-history-of-the-russian-revolution')
    expect(trotsky?.citedBy).toEqual([
      { article: 'soviet-power', note: '8' },
      { article: 'soviet-power', note: '13' },
      { article: 'soviet-power', note: '17' },
    ])
    expect(new Set(works.map((w) => w.id)).size).toBe(works.length)
  })
})
