import { fileURLToPath } from 'node:url'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { buildAnthology, loadProject } from 'samizdat'

const manifest = fileURLToPath(new URL('fixtures/mixed-formats/anthology.yaml', import.meta.url))

describe('a manifest with .txt, .html and .md sources', () => {
  it('builds the same kind of book from all three', async () => {
    const { book, outputs, files } = await buildAnthology(await loadProject(manifest))
    expect(book.articles.map((a) => a.source.format)).toEqual(['txt', 'html', 'md'])
    const [txt, html, md] = book.articles
    expect(txt!.meta.title).toMatch(/^Against Electoralism, For Dual\sPower!$/)
    expect(html!.meta.title).toBeTruthy()
    expect(html!.meta.authors?.length).toBeGreaterThan(0)
    expect(md!.meta.title).toBe('The Repair Rota')
    expect(md!.meta.authors).toEqual(['Dana Whitcombe', 'Sam Okafor'])
    // The saved page's note anchors and the Markdown's footnote are real footnotes.
    for (const article of [html!, md!]) {
      let notes = 0
      visit(article.tree, 'footnoteDefinition', () => {
        notes++
      })
      expect(notes, article.id).toBeGreaterThan(0)
    }
    const text = new TextDecoder().decode(outputs.get('anthology.md'))
    expect(text).toContain('# The Repair Rota')
    expect(text).toContain('Every Monday evening two members of the association')
    expect(files.every((f) => f.messages.every((m) => !m.fatal))).toBe(true)
  })
})
