import { readFileSync } from 'node:fs'
import { buildBook } from '@samizdat/book'
import {
  type Book,
  type Change,
  metaOf,
  recordChange,
  recordFinding,
  recordRemoval,
} from '@samizdat/core'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { VFile } from 'vfile'

export const fixtures = new URL('./fixtures/', import.meta.url)

function rawLinesOf(name: string): string[] {
  return readFileSync(new URL(`small/${name}`, fixtures), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
}

const at = (line: number, column = 1) => ({ line, column })
const pos = (line: number, lines: string[], endLine = line) => ({
  start: at(line),
  end: at(endLine, (lines[endLine - 1] ?? '').length + 1),
})
const text = (value: string): PhrasingContent => ({ type: 'text', value })
const call = (n: string): PhrasingContent => ({
  type: 'footnoteReference',
  identifier: n,
  label: n,
})

/** A change whose column is looked up in the raw line, as the filters do. */
function change(
  file: VFile,
  lines: string[],
  line: number,
  c: Omit<Change, 'line' | 'column'>,
): void {
  const index = (lines[line - 1] ?? '').indexOf(c.actual)
  recordChange(file, { ...c, line, ...(index >= 0 ? { column: index + 1 } : {}) })
}

/** The first article as the filters would leave it: records filled by hand, tree final. */
function councilQuestion(): { file: VFile; tree: Root } {
  const lines = rawLinesOf('council-question.txt')
  const file = new VFile({ path: 'council-question.txt', value: `${lines.join('\n')}\n` })
  file.data.rawLines = lines
  const meta = metaOf(file)
  meta.title = 'The Council Question'
  meta.authors = ['Jane Doe']
  meta.date = { iso: '1921-03-12', precision: 'day' }
  meta.origins = {
    title: { from: 'text', line: 3 },
    authors: { from: 'text', line: 5 },
    date: { from: 'text', line: 7 },
  }
  recordFinding(file, {
    field: 'title',
    value: 'The Council Question',
    line: 3,
    ruleId: 'clean:title',
  })
  recordFinding(file, { field: 'authors', value: 'Jane Doe', line: 5, ruleId: 'clean:byline' })
  recordFinding(file, { field: 'date', value: '1921-03-12', line: 7, ruleId: 'clean:date-line' })
  const removed = (line: number, ruleId: string, reason: string, endLine = line) =>
    recordRemoval(file, {
      ruleId,
      reason,
      line,
      endLine,
      text: lines.slice(line - 1, endLine).join('\n'),
    })
  removed(1, 'clean:navigation', 'Site navigation bar')
  removed(9, 'clean:caption', 'Photo caption whose picture is gone')
  removed(10, 'clean:repeat', 'Second copy of the block above')
  removed(20, 'clean:share', 'Sharing prompt')
  removed(22, 'notes:section-heading', 'Notes-section heading: the notes became footnotes')
  change(file, lines, 12, {
    ruleId: 'proof:space-before-punctuation',
    reason: 'Stray space before a comma',
    actual: ' ,',
    expected: ',',
  })
  change(file, lines, 12, {
    ruleId: 'proof:doubled-word',
    reason: 'Doubled word',
    actual: 'the the',
    expected: 'the',
  })
  change(file, lines, 12, {
    ruleId: 'proof:quotes',
    reason: 'Curly quotes',
    actual: '"the',
    expected: '“the',
  })
  change(file, lines, 12, {
    ruleId: 'proof:quotes',
    reason: 'Curly quotes',
    actual: 'power".',
    expected: 'power”.',
  })
  change(file, lines, 12, {
    ruleId: 'notes:marker',
    reason: 'Note marker linked to its note',
    actual: '[1]',
    expected: '[^1]',
  })
  change(file, lines, 14, {
    ruleId: 'proof:errata',
    kind: 'errata',
    reason: 'Erratum from errata/council-question.yaml',
    actual: 'unevcn',
    expected: 'uneven',
  })
  change(file, lines, 14, {
    ruleId: 'notes:marker',
    reason: 'Note marker linked to its note',
    actual: '[2]',
    expected: '[^2]',
  })
  change(file, lines, 16, {
    ruleId: 'read:heading',
    reason: 'Heading without its trailing colon',
    actual: 'marks:',
    expected: 'marks',
  })
  change(file, lines, 18, {
    ruleId: 'proof:ellipsis',
    reason: 'Ellipsis as one character',
    actual: '...',
    expected: '…',
  })
  change(file, lines, 18, {
    ruleId: 'proof:double-space',
    reason: 'Double space',
    actual: '  ',
    expected: ' ',
  })
  change(file, lines, 18, {
    ruleId: 'notes:marker',
    reason: 'Note marker linked to its note',
    actual: '[3]',
    expected: '[^3]',
  })
  change(file, lines, 26, {
    ruleId: 'proof:range-dash',
    reason: 'En dash in a range',
    actual: '60-1',
    expected: '60–1',
  })
  recordChange(file, {
    ruleId: 'proof:title-case',
    reason: 'Title from the manifest spelling',
    actual: 'Council question',
    expected: 'Council Question',
  })
  const gramsci = {
    id: 'gramsci-1977',
    type: 'book',
    title: 'Selections from Political Writings',
    author: [{ given: 'A.', family: 'Gramsci' }],
    'publisher-place': 'London',
    issued: { 'date-parts': [[1977]] },
  }
  file.data.citations = [
    { note: '1', item: gramsci, locator: 'p. 65' },
    { note: '2', item: gramsci, locator: 'pp. 60–1', resolvedFrom: 'ibid', resolvedTo: '1' },
    {
      note: '3',
      item: {
        id: 'spriano-1975',
        type: 'book',
        title: 'The Occupation of the Factories',
        author: [{ given: 'P.', family: 'Spriano' }],
        'publisher-place': 'London',
        issued: { 'date-parts': [[1975]] },
      },
      locator: 'p. 12',
    },
    { note: '3', item: gramsci, locator: 'p. 70', resolvedFrom: 'op-cit', resolvedTo: '1' },
  ]
  file.message('Unexpected markup `<script>` in the text, expected prose', {
    place: at(14, 24),
    ruleId: 'markup',
    source: 'clean',
  })
  file.info('Possible name `Spriano` not in the dictionary', {
    place: at(28, 4),
    ruleId: 'spelling',
    source: 'proof',
  })
  const para = (line: number, ...children: PhrasingContent[]): RootContent => ({
    type: 'paragraph',
    children,
    position: pos(line, lines),
  })
  const note = (line: number, n: string, value: string): RootContent => ({
    type: 'footnoteDefinition',
    identifier: n,
    label: n,
    children: [{ type: 'paragraph', children: [text(value)] }],
    position: pos(line, lines),
  })
  const tree: Root = {
    type: 'root',
    children: [
      para(
        12,
        text('The councils were, as one delegate put it, “the organs of a new power”.'),
        call('1'),
        text(' Nobody could ignore them.'),
      ),
      para(14, text('Their growth was rapid <script>alert("x")</script> and uneven.'), call('2')),
      {
        type: 'heading',
        depth: 2,
        children: [text('A heading without marks')],
        position: pos(16, lines),
      },
      para(18, text('The second section begins here… Its argument is short.'), call('3')),
      note(24, '1', 'A. Gramsci, Selections from Political Writings, London 1977, p. 65.'),
      note(26, '2', 'Ibid., pp. 60–1.'),
      note(
        28,
        '3',
        'P. Spriano, The Occupation of the Factories, London 1975, p. 12; Gramsci, op. cit., p. 70.',
      ),
    ],
  }
  return { file, tree }
}

/** A second article with problems: a line lost without a record and a call to no note. */
function shortNote(): { file: VFile; tree: Root } {
  const lines = rawLinesOf('short-note.txt')
  const file = new VFile({ path: 'short-note.txt', value: `${lines.join('\n')}\n` })
  file.data.rawLines = lines
  const meta = metaOf(file)
  meta.title = lines[0]!
  meta.origins = { title: { from: 'text', line: 1 } }
  recordFinding(file, { field: 'title', value: lines[0]!, line: 1, ruleId: 'clean:title' })
  const missing = file.message(
    'Unexpected call of note `9` without a note, expected a note labelled `9`',
    { place: at(4, 42), ruleId: 'missing-definition', source: 'notes' },
  )
  missing.fatal = true
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [text('The text calls a note that does not exist.'), call('9')],
        position: pos(4, lines),
      },
    ],
  }
  return { file, tree }
}

/** The small case: two articles and the project's own file, as a build hands them over. */
export function smallCase(): { book: Book; files: VFile[] } {
  const project = new VFile({ path: 'anthology.yaml' })
  project.message(
    'Unexpected source `stray.txt` not listed in the manifest, expected it under `articles` or removed',
    { ruleId: 'unlisted-source', source: 'manifest' },
  )
  const one = councilQuestion()
  const two = shortNote()
  const book = buildBook(
    {
      title: 'Councils',
      subtitle: 'A test anthology',
      editor: 'A. N. Editor',
      language: 'en-GB',
      date: '2026-01-15',
    },
    [
      {
        entry: {
          source: 'council-question.txt',
          id: 'council-question',
          publication: 'Workers’ Voice',
          url: 'https://example.org/council',
        },
        ...one,
        path: 'council-question.txt',
        format: 'txt',
      },
      { entry: { source: 'short-note.txt' }, ...two, path: 'short-note.txt', format: 'txt' },
    ],
    { software: 'samizdat 0.1.0', buildDate: '2026-01-15' },
  )
  return { book, files: [project, one.file, two.file] }
}
