import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { expectGolden } from '../../../test-support/golden.ts'
import { htmlRules, readHtml, rules } from '../src/index.ts'

/**
 * Fixture cases: `fixtures/html-<case>/input.html` (a saved page) is read;
 * `expected.md` holds the page's metadata as front matter and the article as
 * Markdown; `messages.txt` the messages, removals and findings, one a line.
 * `UPDATE=1` rewrites them; under `CI` they are never rewritten.
 */
const root = new URL('fixtures/', import.meta.url).pathname
const cases = readdirSync(root).filter((name) => name.startsWith('html-'))

function asMarkdown(file: VFile, tree: Root): string {
  const meta = file.data.meta ?? {}
  const front = Object.keys(meta).length
    ? `---\n${stringify(meta, { aliasDuplicateObjects: false })}---\n\n`
    : ''
  return front + toMarkdown(tree, { extensions: [gfmToMarkdown()] })
}

function asReport(file: VFile): string {
  const lines = [
    ...file.messages.map(
      (m) => `message ${m.line ?? '?'}:${m.column ?? '?'} ${m.source}:${m.ruleId} ${m.reason}`,
    ),
    ...(file.data.removals ?? []).map(
      (r) => `removal ${r.line}-${r.endLine} ${r.ruleId} «${r.text}»`,
    ),
    ...(file.data.findings ?? []).map(
      (f) => `finding ${f.line} ${f.ruleId} ${f.field}: «${f.value}»`,
    ),
  ]
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function read(html: string, options?: Parameters<typeof readHtml>[2]) {
  return readHtml(new TextEncoder().encode(html), 'page.html', options)
}

function markdownOf(html: string): string {
  const { tree } = read(html)
  return toMarkdown(tree, { extensions: [gfmToMarkdown()] })
}

// Enough prose for the extractor to see an article.
const prose = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the essay says something about the union, the rent and the committee, at some length, so that it reads like the body of a real article and not like a caption or a menu.</p>`,
).join('\n')

describe('html fixtures', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name)
      const { file, tree } = readHtml(readFileSync(join(dir, 'input.html')), `${name}/input.html`)
      expectGolden(join(dir, 'expected.md'), asMarkdown(file, tree))
      expectGolden(join(dir, 'messages.txt'), asReport(file))
    })
  }

  it('lists every rule id the fixtures report', () => {
    for (const name of cases) {
      const { file } = readHtml(readFileSync(join(root, name, 'input.html')), 'input.html')
      const ids = [
        ...file.messages.map((m) => `${m.source}:${m.ruleId}`),
        ...(file.data.removals ?? []).map((r) => r.ruleId),
        ...(file.data.findings ?? []).map((f) => f.ruleId),
      ]
      for (const id of ids) expect(rules[id] ?? htmlRules[id], id).toBeTypeOf('string')
    }
  })
})

describe('readHtml: bytes', () => {
  it('reads gzip bytes (.html.gz) like the page itself', () => {
    const html = `<html><head><title>T</title></head><body>${prose}</body></html>`
    const plain = read(html)
    const zipped = readHtml(gzipSync(Buffer.from(html)), 'page.html.gz')
    expect(toMarkdown(zipped.tree)).toBe(toMarkdown(plain.tree))
    expect(zipped.file.data.format).toBe('html')
  })

  it('honours a declared single-byte charset other than Latin', () => {
    const head = '<html><head><meta charset="windows-1251"><title>x</title></head><body><p>'
    const bytes = new Uint8Array([
      ...Buffer.from(head),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
      ...Buffer.from('</p></body></html>'),
    ])
    const { tree, file } = readHtml(bytes, 'page.html')
    expect(toMarkdown(tree)).toContain('Привет')
    expect(file.messages).toHaveLength(0)
  })

  it('reads UTF-8 bytes as UTF-8 even when the page declares Latin-1, and says so', () => {
    const html =
      '<html><head><meta charset="iso-8859-1"></head><body><p>Café “quoted”</p></body></html>'
    const { tree, file } = read(html)
    expect(toMarkdown(tree)).toContain('Café “quoted”')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['html-charset'])
    expect(file.messages[0]?.expected).toEqual(['utf-8'])
  })

  it('falls back to Windows-1252 for undeclared bytes that are not UTF-8, with its curly quotes', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('<p>'),
      0x93,
      0x41,
      0x94,
      0x20,
      0x96,
      0x20,
      0xe9,
      ...Buffer.from('</p>'),
    ])
    const { tree, file } = readHtml(bytes, 'old.htm')
    expect(toMarkdown(tree).trim()).toBe('“A” – é')
    expect(file.messages.map((m) => `${m.source}:${m.ruleId}`)).toEqual(['read:decode'])
  })

  it('says so when a page holds no text', () => {
    const { file, tree } = read('<html><body><script>x()</script></body></html>')
    expect(tree.children).toHaveLength(0)
    expect(file.messages.map((m) => m.ruleId)).toContain('empty')
  })
})

describe('readHtml: what never reaches the tree', () => {
  it('keeps no script, style, form, iframe or image, and no javascript: link', () => {
    const md = markdownOf(`<html><body><article>
      <script>var secret = 'SCRIPTTEXT'</script><style>.x{content:'STYLETEXT'}</style>
      ${prose}
      <p>A <a href="javascript:alert(1)">pseudo link</a> and <a href="https://example.org/a">a real one</a>.<img src="https://t.example/p.gif" width="1" height="1" onerror="alert(1)"></p>
      <iframe src="https://v.example/embed">IFRAMETEXT</iframe>
      <form><input value="FORMTEXT"><button>Go</button></form>
    </article></body></html>`)
    for (const word of [
      'SCRIPTTEXT',
      'STYLETEXT',
      'IFRAMETEXT',
      'FORMTEXT',
      'javascript',
      'p.gif',
      '![',
    ]) {
      expect(md).not.toContain(word)
    }
    expect(md).toContain('A pseudo link and [a real one](https://example.org/a).')
  })

  it('resolves relative links against the canonical address', () => {
    const md =
      markdownOf(`<html><head><link rel="canonical" href="https://site.example/a/b.html"></head>
      <body><article>${prose}<p>See <a href="../c.html">the other essay</a>.</p></article></body></html>`)
    expect(md).toContain('[the other essay](https://site.example/c.html)')
  })

  it('rejects options it does not know, when called', () => {
    expect(() => read('<p>x</p>', { images: 'keep' } as never)).toThrow(/expected 'drop'/)
    expect(() => read('<p>x</p>', { pictures: true } as never)).toThrow(/unknown option/)
    expect(() => read('<p>x</p>', { images: 'drop' })).not.toThrow()
  })
})

describe('readHtml: notes', () => {
  it('turns a reference to a missing anchor into a message, not a footnote', () => {
    const { file, tree } = read(
      `<html><body><article>${prose}<p>A claim.<sup><a href="#fn9">9</a></sup></p></article></body></html>`,
    )
    expect(JSON.stringify(tree)).not.toContain('footnoteReference')
    const message = file.messages.find((m) => m.ruleId === 'html-note-target')
    expect(message?.reason).toContain('#fn9')
    expect(message?.line).toBe(4)
  })

  it('does not take a table-of-contents link to a heading for a note', () => {
    const md = markdownOf(`<html><body><article><p><a href="#s1">1</a> <a href="#s2">2</a></p>
      <h2 id="s1">One</h2>${prose}<h2 id="s2">Two</h2>${prose}</article></body></html>`)
    expect(md).not.toContain('[^')
    expect(md).toContain('## One')
  })

  it('finds a note the extractor left out of the article', () => {
    const { tree } =
      read(`<html><body><div class="post">${prose}<p>The claim.<sup><a href="#n1">1</a></sup></p></div>
      <div class="sidebar"><p>Elsewhere.</p></div>
      <div id="notes"><p><a name="n1"></a>1. The source of the claim.</p></div></body></html>`)
    const note = tree.children.find((node) => node.type === 'footnoteDefinition')
    expect(note).toMatchObject({ identifier: '1', label: '1' })
    expect(toMarkdown(tree, { extensions: [gfmToMarkdown()] })).toContain(
      '[^1]: The source of the claim.',
    )
  })

  it('keeps two notes that share a paragraph apart', () => {
    const md =
      markdownOf(`<html><body><article>${prose}<p>First<a href="#a">[1]</a> and second<a href="#b">[2]</a>.</p>
      <p><a name="a">[1]</a> Note one.<br><a name="b">[2]</a> Note two.</p></article></body></html>`)
    expect(md).toContain('[^1]: Note one.')
    expect(md).toContain('[^2]: Note two.')
  })
})

describe('readHtml: metadata', () => {
  it('reads BlogPosting JSON-LD with a single author string and a date without time', () => {
    const { file } = read(`<html><head><script type="application/ld+json">
      {"@type": "BlogPosting", "headline": "A Headline", "author": "Ann Lee and Bo Chen", "datePublished": "1998-05-02",
       "publisher": "The Quarterly", "url": "https://q.example/a"}</script></head><body>${prose}</body></html>`)
    expect(file.data.meta).toMatchObject({
      title: 'A Headline',
      authors: ['Ann Lee', 'Bo Chen'],
      date: { iso: '1998-05-02', precision: 'day' },
      publication: 'The Quarterly',
      url: 'https://q.example/a',
    })
    expect(file.data.meta?.origins?.title).toEqual({ from: 'json-ld', line: 1 })
  })

  it('ignores JSON-LD that is not an article, and broken JSON-LD', () => {
    const { file } = read(`<html><head><title>Page Title Here</title>
      <script type="application/ld+json">{"@type": "WebSite", "name": "Not It"}</script>
      <script type="application/ld+json">{"@type": "Article", "headline": </script></head><body>${prose}</body></html>`)
    expect(file.data.meta?.title).toBe('Page Title Here')
  })

  it('drops the site name from the document title', () => {
    const { file } =
      read(`<html><head><title>On Rent | The Quarterly</title><meta property="og:site_name" content="The Quarterly">
      </head><body>${prose}</body></html>`)
    expect(file.data.meta?.title).toBe('On Rent')
    expect(file.data.meta?.publication).toBe('The Quarterly')
  })
})

describe('readHtml: lines joined by <br>', () => {
  it('splits a paragraph of `Label: value` lines into one paragraph a field', () => {
    const { tree } = read(
      `<html><body><article><p>Source: The Review, 1921.<br>Transcription: A. Reader.</p>${prose}</article></body></html>`,
    )
    const first = tree.children.slice(0, 2).map((node) => toMarkdown(node).trim())
    expect(first).toEqual(['Source: The Review, 1921.', 'Transcription: A. Reader.'])
  })

  it('keeps verse, whose lines are not labelled, as one paragraph with its breaks', () => {
    const { tree } = read(
      `<html><body><article>${prose}<p>The day is long,<br>the wage is short,<br>and no one asked us.</p></article></body></html>`,
    )
    const verse = tree.children.find((node) => toMarkdown(node).includes('The day is long'))
    expect(verse?.type).toBe('paragraph')
    expect(JSON.stringify(verse)).toContain('"break"')
  })
})
