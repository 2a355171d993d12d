import { sampleBook } from '@samizdat/book'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildReport, changeKind } from '../src/index.ts'
import { align } from '../src/lib/align.ts'
import { placeOnLine } from '../src/lib/inline.ts'
import type { ReportChange } from '../src/lib/model.ts'
import { smallCase } from './cases.ts'

const para = (start: number, end = start, withPosition = true): Root['children'][number] => ({
  type: 'paragraph',
  children: [{ type: 'text', value: `lines ${start}-${end}`, ...(withPosition ? {} : {}) }],
  ...(withPosition
    ? { position: { start: { line: start, column: 1 }, end: { line: end, column: 3 } } }
    : {}),
})

describe('align', () => {
  const raw = [
    'nav',
    '',
    'kept one',
    'kept two',
    '',
    'lost a',
    'lost b',
    '',
    'by line',
    'caption',
    'caption again',
    '',
  ]

  it('gives every non-blank raw line to a block, a removal, a finding, or reports it unrecorded', () => {
    const tree: Root = { type: 'root', children: [para(3, 4)] }
    const removals = [
      { ruleId: 'clean:nav', reason: 'nav', line: 1, endLine: 1, text: 'nav' },
      {
        ruleId: 'clean:caption',
        reason: 'caption',
        line: 10,
        endLine: 11,
        text: 'caption\ncaption again',
      },
      { ruleId: 'clean:repeat', reason: 'repeat', line: 11, endLine: 11, text: 'caption again' },
    ]
    const findings = [{ field: 'authors', value: 'X', line: 9, ruleId: 'clean:byline' }]
    const { segments } = align(raw, tree, removals, findings)
    expect(segments.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['removed', 1, 1],
      ['kept', 3, 4],
      ['unrecorded', 6, 7],
      ['meta', 9, 9],
      ['removed', 10, 11],
    ])
    const merged = segments[4]
    expect(merged?.kind === 'removed' && merged.removals.map((r) => r.ruleId)).toEqual([
      'clean:caption',
      'clean:repeat',
    ])
  })

  it('attaches a finding to the block or removal that holds its line', () => {
    const tree: Root = { type: 'root', children: [para(3)] }
    const removals = [{ ruleId: 'clean:nav', reason: 'nav', line: 1, endLine: 1, text: 'nav' }]
    const findings = [
      { field: 'title', value: 'kept one', line: 3, ruleId: 'clean:title' },
      { field: 'publication', value: 'nav', line: 1, ruleId: 'clean:masthead' },
    ]
    const { segments } = align(raw.slice(0, 3), tree, removals, findings)
    expect(
      segments.map((s) => [s.kind, 'findings' in s ? s.findings.map((f) => f.field) : []]),
    ).toEqual([
      ['removed', ['publication']],
      ['kept', ['title']],
    ])
  })

  it('takes a block position from its children and sets aside what has none', () => {
    const quote: Root['children'][number] = {
      type: 'blockquote',
      children: [para(3), para(4)] as never,
    }
    const made = para(0, 0, false)
    const tree: Root = { type: 'root', children: [quote, made] }
    const far = { ruleId: 'x:y', reason: 'far', line: 99, endLine: 99, text: 'gone' }
    const { segments, unplacedBlocks, unplacedRemovals } = align(raw.slice(0, 5), tree, [far], [])
    expect(segments.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['unrecorded', 1, 1],
      ['kept', 3, 4],
    ])
    expect(unplacedBlocks).toEqual([made])
    expect(unplacedRemovals).toEqual([far])
  })
})

const change = (actual: string, expected: string, column: number | null): ReportChange => ({
  line: 1,
  column,
  kind: 'fix',
  ruleId: 'proof:x',
  reason: 'x',
  actual,
  expected,
})

describe('placeOnLine', () => {
  it('places at the column, else at the first free occurrence, else not at all', () => {
    const text = 'the the cat sat on the mat'
    const atColumn = change('the', 'THE', 5)
    const wrongColumn = change('cat', 'dog', 1)
    const overlapping = change('the cat', 'a cat', 5)
    const absent = change('bat', 'bet', null)
    const { placed, unplaced } = placeOnLine(text, [atColumn, wrongColumn, overlapping, absent])
    expect(placed.map((p) => [p.from, p.to, p.change.expected])).toEqual([
      [4, 7, 'THE'],
      [8, 11, 'dog'],
    ])
    expect(unplaced).toEqual([overlapping, absent])
  })

  it('places an insertion at its column only', () => {
    expect(placeOnLine('ab', [change('', 'X', 2)]).placed.map((p) => [p.from, p.to])).toEqual([
      [1, 1],
    ])
    expect(placeOnLine('ab', [change('', 'X', null)]).unplaced).toHaveLength(1)
  })
})

describe('changeKind', () => {
  it('reads the kind from the rule id when the change does not say', () => {
    expect(changeKind({ ruleId: 'proof:errata' })).toBe('errata')
    expect(changeKind({ ruleId: 'typography:quotes' })).toBe('typography')
    expect(changeKind({ ruleId: 'proof:curly-quotes' })).toBe('typography')
    expect(changeKind({ ruleId: 'proof:ellipsis' })).toBe('typography')
    expect(changeKind({ ruleId: 'notes:marker' })).toBe('structure')
    expect(changeKind({ ruleId: 'read:blockquote' })).toBe('structure')
    expect(changeKind({ ruleId: 'proof:ocr-confusion' })).toBe('fix')
    expect(changeKind({ ruleId: 'proof:quotes', kind: 'errata' })).toBe('errata')
  })
})

describe('files and articles', () => {
  it('finds an article’s vfile by articleId before its path', () => {
    const { book, files } = smallCase()
    const decoy = new VFile({ path: 'council-question.txt' })
    decoy.message('decoy', { ruleId: 'decoy', source: 'test' })
    const real = files[1]!
    real.path = 'elsewhere/renamed.txt'
    real.data.articleId = 'council-question'
    const { json } = buildReport(book, [decoy, ...files])
    expect(json.sources[0]?.removals).toHaveLength(5)
    expect(json.project.messages.map((m) => m.ruleId)).toContain('test:decoy')
  })

  it('renders a book with no vfiles from its result alone', () => {
    const { html, json } = buildReport(sampleBook(), [])
    expect(json.sources.length).toBeGreaterThan(0)
    expect(json.sources.every((s) => s.removals.length === 0 && s.messages.length === 0)).toBe(true)
    expect(html).toContain('No vfile was given for this article')
    expect(html).toContain('A section heading')
  })
})
