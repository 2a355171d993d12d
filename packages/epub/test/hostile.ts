import { buildBook } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import type { Root } from 'mdast'
import { VFile } from 'vfile'

/**
 * A book made of what web pages throw at a writer: markup as text, remote
 * images, script links, XML-breaking sequences, control characters, a note
 * nobody calls, a note that opens with a list, a top-level heading in a text.
 */
export function hostileBook(): Book {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'heading',
        depth: 1,
        children: [{ type: 'text', value: 'A heading <b>set</b> at level one' }],
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value:
              'Pasted markup: <img src="http://evil.example/a.png"> and ]]> and \u0001 and &amp;.',
          },
          { type: 'footnoteReference', identifier: 'n1', label: '1' },
          { type: 'text', value: ' A picture: ' },
          { type: 'image', url: 'http://evil.example/b.png', alt: 'a lost picture' },
          { type: 'text', value: ' A script link: ' },
          {
            type: 'link',
            url: 'javascript:alert(1)',
            children: [{ type: 'text', value: 'click' }],
          },
          { type: 'text', value: ', a relative one: ' },
          {
            type: 'link',
            url: '/archive/index.htm',
            children: [{ type: 'text', value: 'archive' }],
          },
          { type: 'text', value: ', a dead anchor: ' },
          { type: 'link', url: '#nowhere', children: [{ type: 'text', value: 'here' }] },
          { type: 'text', value: '.' },
        ],
      },
      { type: 'html', value: '<img src="http://evil.example/c.png"><script>alert(1)</script>' },
      {
        type: 'footnoteDefinition',
        identifier: 'n1',
        label: '1',
        children: [
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: [
              {
                type: 'listItem',
                spread: false,
                children: [
                  {
                    type: 'paragraph',
                    children: [{ type: 'text', value: 'A note that opens with a list.' }],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        type: 'footnoteDefinition',
        identifier: 'n2',
        label: '2',
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: 'A note nothing calls.' }] },
        ],
      },
    ],
  }
  const file = new VFile({ path: 'hostile.txt' })
  file.data.meta = {
    title: 'Tags <i>&</i> “quotes” ]]>',
    authors: ['A & B <x@y>'],
    url: 'https://example.org/texts/hostile.html',
    credits: ['Transcribed <by> someone & co.'],
    rights: 'Reproduced with permission.',
  }
  return buildBook(
    { title: 'Hostile <Book> & Co', language: 'en', date: '2026-02', editor: 'E. <Editor>' },
    [{ entry: { source: 'hostile.txt' }, file, tree, path: 'hostile.txt', format: 'txt' }],
    {
      software: 'samizdat 0.1.0',
      buildDate: '2026-02-01',
      worksCited: {
        style: 'test',
        works: [
          { id: 'w1', type: 'book', title: 'A Work', citedBy: [{ article: 'hostile', note: '1' }] },
        ],
        bibliography: [
          {
            id: 'w1',
            text: 'A Work.',
            html: '<script>alert(1)</script><i>A Work</i> <img src="http://evil.example/d.png">.',
          },
        ],
      },
    },
  )
}
