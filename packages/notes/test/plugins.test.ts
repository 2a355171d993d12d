import type { Root } from 'mdast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createNotesPreset, notesPreset } from '../src/index.ts'

const paragraphs = (...lines: string[]): Root => ({
  type: 'root',
  children: lines.map((value, i) => {
    const position = {
      start: { line: i + 1, column: 1 },
      end: { line: i + 1, column: value.length + 1 },
    }
    return { type: 'paragraph', position, children: [{ type: 'text', value, position }] }
  }),
})

function run(tree: Root, file = new VFile()) {
  file.data.rawLines = tree.children.map((p) =>
    p.type === 'paragraph' && p.children[0]?.type === 'text' ? p.children[0].value : '',
  )
  unified().use(notesPreset).runSync(tree, file)
  return file
}

describe('note typography', () => {
  it('puts en dashes in page ranges and records each change', () => {
    const tree = paragraphs(
      'Text. [1] More. [2]',
      'Notes',
      '1. A. Writer, A Book, London 1990, pp. 60-1.',
      '2. Ibid., p.7.',
    )
    const file = run(tree)
    expect(file.data.changes?.filter((c) => c.ruleId !== 'notes:marker')).toEqual([
      {
        ruleId: 'notes:range-dash',
        reason: 'En dash in a number range',
        line: 3,
        column: 40,
        actual: '60-1',
        expected: '60–1',
      },
      {
        ruleId: 'notes:spacing',
        reason: 'A space between a page label and the number',
        line: 4,
        column: 11,
        actual: 'p.',
        expected: 'p. ',
      },
    ])
    expect(file.data.citations?.[0]).toMatchObject({ note: '1', locator: 'pp. 60–1' })
    expect(file.data.citations?.[1]).toMatchObject({ note: '2', locator: 'p. 7', resolvedTo: '1' })
  })
  it('can leave typography alone', () => {
    const tree = paragraphs('Text. [1]', 'Notes', '1. A. Writer, A Book, London 1990, pp. 60-1.')
    const file = new VFile()
    unified()
      .use(createNotesPreset({ citations: { typography: false } }))
      .runSync(tree, file)
    expect(file.data.changes?.some((c) => c.ruleId === 'notes:range-dash')).toBe(false)
  })
})

describe('a marker in the title', () => {
  it('takes it out of the metadata title and keeps the note as called', () => {
    const file = new VFile()
    file.data.meta = { title: 'Soviet Power [1]', origins: { title: { from: 'text', line: 1 } } }
    run(
      paragraphs(
        'The body. [2]',
        'Notes',
        '1. First published in 1977.',
        '2. A. Writer, A Book, London 1990.',
      ),
      file,
    )
    expect(file.data.meta.title).toBe('Soviet Power')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['title-marker'])
    expect(file.data.changes?.[0]).toMatchObject({
      ruleId: 'notes:title-marker',
      actual: 'Soviet Power [1]',
      expected: 'Soviet Power',
    })
  })
})

describe('unresolved abbreviations', () => {
  it('reports an ibid. with nothing before it on the note’s line', () => {
    const file = run(paragraphs('Body. [1]', 'Notes', '1. Ibid., p. 4.'))
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['unresolved-ibid', 3]])
  })
})
