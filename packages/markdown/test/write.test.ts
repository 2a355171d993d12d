import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sampleBook } from '@samizdat/book'
import { markdownChapter, writeArticleMarkdown, writeMarkdown } from '@samizdat/markdown'
import { expectGolden } from '../../../test-support/golden.ts'

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))

describe('writeMarkdown', () => {
  it('writes the sample book as pandoc-ready Markdown', () => {
    expectGolden(fixture('sample-book/expected.md'), writeMarkdown(sampleBook()))
  })

  it('gives footnotes ids unique across the anthology', () => {
    const md = writeMarkdown(sampleBook())
    const defs = [...md.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1])
    expect(new Set(defs).size).toBe(defs.length)
    for (const id of defs) expect(md).toContain(`[^${id}]`)
  })

  it('escapes text that looks like HTML', () => {
    const md = writeMarkdown(sampleBook())
    expect(md).not.toMatch(/(?<!\\)<script>/)
    expect(md).toContain('\\<script>')
  })

  it('is deterministic', () => {
    expect(writeMarkdown(sampleBook())).toBe(writeMarkdown(sampleBook()))
  })
})

describe('writeArticleMarkdown', () => {
  it('writes one article with its metadata as front matter', () => {
    expectGolden(fixture('sample-article/expected.md'), writeArticleMarkdown(sampleBook().articles[0]!))
  })
})

describe('chapters made ahead', () => {
  it('give the same Markdown as chapters the writer renders', () => {
    const book = sampleBook()
    const chapters = new Map(book.articles.map((a) => [a.id, markdownChapter(a)]))
    expect(writeMarkdown(book, { chapters })).toBe(writeMarkdown(book))
  })
})
