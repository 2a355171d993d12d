import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { expectGolden } from '../../../test-support/golden.ts'
import { markdownRules, readMarkdown, rules } from '../src/index.ts'

/**
 * Fixture cases: `fixtures/md-<case>/input.md` is read; `expected.md` holds
 * the metadata as front matter and the text; `messages.txt` the messages and
 * removals. `UPDATE=1` rewrites them; under `CI` they are never rewritten.
 */
const root = new URL('fixtures/', import.meta.url).pathname
const cases = readdirSync(root).filter((name) => name.startsWith('md-'))

// The same views as the HTML fixtures' (kept here: a test file imported by another would run twice).
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
  ]
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function read(markdown: string) {
  return readMarkdown(new TextEncoder().encode(markdown), 'text.md')
}

describe('markdown fixtures', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name)
      const { file, tree } = readMarkdown(readFileSync(join(dir, 'input.md')), `${name}/input.md`)
      expectGolden(join(dir, 'expected.md'), asMarkdown(file, tree))
      expectGolden(join(dir, 'messages.txt'), asReport(file))
      for (const m of file.messages)
        expect(
          rules[`${m.source}:${m.ruleId}`] ?? markdownRules[`${m.source}:${m.ruleId}`],
        ).toBeTypeOf('string')
    })
  }
})

describe('readMarkdown', () => {
  it('takes the front matter out of the tree and into the metadata, with its line', () => {
    const { file, tree } = read(
      '---\ntitle: On Rent\nauthor: Ann Lee & Bo Chen\ndate: 1977-11-07\n---\n\nText.\n',
    )
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
    expect(file.data.meta).toMatchObject({
      title: 'On Rent',
      authors: ['Ann Lee', 'Bo Chen'],
      date: { iso: '1977-11-07', precision: 'day' },
      origins: { title: { from: 'front-matter', line: 1 } },
    })
    expect(file.data.format).toBe('md')
  })

  it('keeps a year as a year', () => {
    const { file } = read('---\ndate: 1921\n---\n\nText.\n')
    expect(file.data.meta?.date).toEqual({ iso: '1921', precision: 'year' })
  })

  it('reports a value of the wrong shape and keeps the rest', () => {
    const { file } = read('---\ntitle: Fine\ndate: [1, 2]\nauthors: {name: x}\n---\n\nText.\n')
    expect(file.data.meta?.title).toBe('Fine')
    expect(file.data.meta?.date).toBeUndefined()
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected value for front-matter key `authors`, expected a name or a list of names',
      'Unexpected value for front-matter key `date`, expected a date such as 1977, 1977-11 or 1977-11-07',
    ])
  })

  it('keeps a top heading that is not the title', () => {
    const { tree, file } = read('---\ntitle: The Title\n---\n\n# A Different Heading\n\nText.\n')
    expect(toMarkdown(tree)).toContain('# A Different Heading')
    expect(file.data.removals).toBeUndefined()
  })

  it('removes a top heading that repeats the front-matter title, and records it', () => {
    const { tree, file } = read('---\ntitle: The Title\n---\n\n# The title\n\nText.\n')
    expect(toMarkdown(tree).trim()).toBe('Text.')
    expect(file.data.removals).toEqual([
      {
        ruleId: 'read:md-title',
        reason: 'Title heading at the top, kept as metadata',
        line: 5,
        endLine: 5,
        text: 'The title',
      },
    ])
  })

  it('reads GFM footnotes and tables', () => {
    const { tree } = read('Text.[^a]\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^a]: The note.\n')
    expect(tree.children.map((node) => node.type)).toEqual([
      'paragraph',
      'table',
      'footnoteDefinition',
    ])
    expect(toMarkdown(tree, { extensions: [gfmToMarkdown()] })).toContain('[^a]: The note.')
  })

  it('says so when the source is empty', () => {
    const { file } = read('---\ntitle: Only metadata\n---\n')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['empty'])
  })
})
