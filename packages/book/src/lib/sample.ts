import type { Root } from 'mdast'
import type { Book, BookMeta } from '@samizdat/core'
import { buildBook } from './build.ts'
import { VFile } from 'vfile'

/**
 * A small book with every feature the writers must handle: two articles,
 * metadata, section headings, a block quote, a list, a link, emphasis,
 * footnotes (a second series `1*`, a multi-paragraph note, a note called
 * twice), hostile-looking text, works cited, contributors and a colophon.
 * Writers' tests use it so they do not depend on the filters.
 */
export function sampleBook(): Book {
  const meta: BookMeta = {
    title: 'Sample Anthology',
    subtitle: 'Every feature, once',
    editor: 'A. N. Editor',
    language: 'en-GB',
    date: '2026-01-15',
    licence: 'CC BY-NC 4.0',
  }
  const one: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [
        { type: 'text', value: 'The first paragraph opens the essay, with a call to a note.' },
        { type: 'footnoteReference', identifier: '1', label: '1' },
        { type: 'text', value: ' Then ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'emphasis' }] },
        { type: 'text', value: ' and a link to ' },
        { type: 'link', url: 'https://example.org/archive/', children: [{ type: 'text', value: 'the archive' }] },
        { type: 'text', value: '. Hostile text stays text: <script>alert(1)</script> & “quotes”.' },
      ] },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'A section heading' }] },
      { type: 'paragraph', children: [
        { type: 'text', value: 'Lenin described the situation in February 1917:' },
      ] },
      { type: 'blockquote', children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'This dual power is evident in the existence of two governments.' }] },
        { type: 'paragraph', children: [
          { type: 'text', value: 'The other is a supplementary and parallel government.' },
          { type: 'footnoteReference', identifier: '2', label: '2' },
        ] },
      ] },
      { type: 'paragraph', children: [
        { type: 'text', value: 'A second series of notes sits beside the first.' },
        { type: 'footnoteReference', identifier: '1-star', label: '1*' },
        { type: 'text', value: ' The first note is called again here.' },
        { type: 'footnoteReference', identifier: '1', label: '1' },
      ] },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Further reading' }] },
      { type: 'list', ordered: false, spread: false, children: [
        { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'P. Broué, Révolution en Allemagne, Paris 1971.' }] }] },
        { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'T. Cliff, State Capitalism in Russia, London 1974.' }] }] },
      ] },
      { type: 'footnoteDefinition', identifier: '1', label: '1', children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'P. Broué, Révolution en Allemagne 1917–1923, Paris 1971, pp. 78–9.' }] },
      ] },
      { type: 'footnoteDefinition', identifier: '2', label: '2', children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Ibid., p. 156. A note of two paragraphs.' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Its second paragraph continues the argument.' }] },
      ] },
      { type: 'footnoteDefinition', identifier: '1-star', label: '1*', children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'A note of the second series.' }] },
      ] },
    ],
  }
  const two: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'The second article has no notes and one paragraph, in American style — with em dashes.' }] },
    ],
  }
  const file1 = new VFile({ path: 'sources/one.txt' })
  file1.data.meta = {
    title: 'The First Essay',
    authors: ['Alex Writer'],
    date: { iso: '1977-11', precision: 'month' },
    publication: 'International Socialism',
    issue: 'No. 103',
    url: 'https://example.org/one.html',
    credits: ['Transcribed & marked up by A. Transcriber.'],
    bio: 'Alex Writer is the author of several books.',
  }
  const file2 = new VFile({ path: 'sources/two.txt' })
  file2.data.meta = { title: 'A Second Essay', authors: ['Sam Other'], date: { iso: '2020-02-04', precision: 'day' } }
  return buildBook(
    meta,
    [
      { entry: { source: 'one.txt' }, file: file1, tree: one, path: 'one.txt', format: 'txt' },
      { entry: { source: 'two.txt' }, file: file2, tree: two, path: 'two.txt', format: 'txt' },
    ],
    {
      software: 'samizdat 0.1.0',
      buildDate: '2026-01-15',
      worksCited: {
        style: 'Chicago Manual of Style (author-date)',
        works: [
          {
            id: 'broue-revolution-en-allemagne',
            type: 'book',
            title: 'Révolution en Allemagne 1917–1923',
            author: [{ family: 'Broué', given: 'P.' }],
            'publisher-place': 'Paris',
            issued: { 'date-parts': [[1971]] },
            citedBy: [{ article: 'one', note: '1' }, { article: 'one', note: '2' }],
          },
        ],
        bibliography: [
          {
            id: 'broue-revolution-en-allemagne',
            text: 'Broué, P. 1971. Révolution en Allemagne 1917–1923. Paris.',
            html: 'Broué, P. 1971. <i>Révolution en Allemagne 1917–1923</i>. Paris.',
          },
        ],
      },
    },
  )
}
