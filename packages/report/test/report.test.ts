import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString as textOf } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../../../test-support/golden.ts'
import { buildReport } from '../src/index.ts'
import { fixtures, smallCase } from './cases.ts'

const golden = (name: string) => new URL(`small/${name}`, fixtures).pathname
const jsonText = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`
// One tag per line, so a failing golden comparison shows a readable diff.
const tagLines = (html: string) => html.replaceAll('><', '>\n<')

describe('buildReport on the small case', () => {
  const { book, files } = smallCase()
  const { html, json } = buildReport(book, files, {
    rules: { 'clean:caption': 'A photo caption whose picture is gone.' },
  })
  const doc = fromHtml(html)

  it('matches the golden HTML and JSON', () => {
    expectGolden(golden('expected.html'), tagLines(html))
    expectGolden(golden('expected.json'), jsonText(json))
  })

  it('counts what each source went through', () => {
    const [council, note] = json.sources
    expect(council?.summary.blocks).toEqual({ kept: 4, removed: 5 })
    expect(council?.summary.corrections).toEqual({
      errata: 1,
      fix: 2,
      typography: 6,
      structure: 4,
      total: 13,
    })
    expect(council?.summary.metadata).toEqual({
      fields: 5,
      fromText: 3,
      fromManifest: 2,
      findings: 3,
    })
    expect(council?.summary.citations).toEqual({ total: 4, ibid: 1, opCit: 1, locCit: 0 })
    expect(council?.notes).toMatchObject({
      definitions: 3,
      calls: 3,
      linked: 3,
      uncalled: [],
      missing: [],
    })
    expect(council?.unrecorded).toEqual([])
    expect(note?.unrecorded).toEqual([{ line: 3, endLine: 3 }])
    expect(note?.notes.missing).toEqual(['9'])
    expect(note?.messages.map((m) => [m.severity, m.ruleId, m.line])).toEqual([
      ['error', 'notes:missing-definition', 4],
    ])
    expect(json.project.messages.map((m) => m.ruleId)).toEqual(['manifest:unlisted-source'])
    expect(json.summary.messages).toEqual({ error: 1, warning: 2, info: 1 })
    expect(json.summary.removalsByRule['clean:caption']).toBe(1)
    expect(json.book.buildDate).toBe('2026-01-15')
  })

  it('shows every removal struck through with its reason, rule and lines', () => {
    for (const removal of json.sources.flatMap((s) => s.removals)) {
      const rows = selectAll('table.removals tbody tr', doc).filter((tr) =>
        textOf(tr).includes(removal.ruleId),
      )
      const row = rows.find((tr) => textOf(select('td', tr)!) === String(removal.line))
      expect(row, `${removal.ruleId} at ${removal.line}`).toBeDefined()
      expect(textOf(row!)).toContain(removal.reason)
      const struck = selectAll('table.sbs tr.removed td.raw del', doc).map((d) => textOf(d))
      expect(struck).toContain(removal.text)
      const labels = selectAll('table.sbs tr.removed .why', doc).map((d) => textOf(d))
      expect(
        labels.some(
          (l) =>
            l.includes(removal.reason) &&
            l.includes(removal.ruleId) &&
            l.includes(`line ${removal.line}`),
        ),
      ).toBe(true)
    }
  })

  it('lists every change with before and after, and marks it in the raw text', () => {
    const changes = json.sources.flatMap((s) => s.changes)
    expect(changes).toHaveLength(13)
    const rows = selectAll('details.corrections tbody tr', doc).map((tr) =>
      selectAll('td', tr).map((td) => textOf(td)),
    )
    for (const c of changes) {
      expect(
        rows.some(
          (r) => r[1] === c.actual && r[2] === c.expected && r[3] === c.reason && r[4] === c.ruleId,
        ),
        c.ruleId,
      ).toBe(true)
      const marks = selectAll('table.sbs .chg', doc).filter(
        (m) => m.properties.title === `${c.reason} (${c.ruleId})`,
      )
      expect(marks.length, `${c.ruleId} ${c.actual}`).toBeGreaterThan(0)
    }
  })

  it('escapes hostile raw text and titles', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script>')
    expect(selectAll('script, img, h2 b', doc)).toEqual([])
    expect(textOf(select('#a-short-note h2', doc)!)).toBe('A Short Note on <b>Bold</b> Titles')
  })

  it('is self-contained: one inline style, no external references', () => {
    expect(selectAll('style', doc)).toHaveLength(1)
    expect(selectAll('link, [src]', doc)).toEqual([])
    const hrefs = selectAll('[href]', doc).map((a) => String(a.properties.href))
    expect(hrefs.length).toBeGreaterThan(20)
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([])
    const ids = new Set(selectAll('[id]', doc).map((e) => String(e.properties.id)))
    expect(hrefs.filter((href) => !ids.has(href.slice(1)))).toEqual([])
  })

  it('puts the summary table before the articles and links each source', () => {
    const first = select('table', doc)
    expect(first?.properties.className).toEqual(['summary'])
    const links = selectAll('table.summary tbody th a', doc).map((a) => a.properties.href)
    expect(links).toEqual(['#a-council-question', '#a-short-note', '#project'])
  })
})

describe('determinism', () => {
  it('gives the same bytes for the same input, whatever order records were made in', () => {
    const a = smallCase()
    const b = smallCase()
    for (const file of b.files) {
      file.data.removals?.reverse()
      file.data.findings?.reverse()
      file.data.changes?.reverse()
      file.messages.reverse()
    }
    const one = buildReport(a.book, a.files)
    const two = buildReport(b.book, [...b.files].reverse())
    expect(two.html).toBe(one.html)
    expect(jsonText(two.json)).toBe(jsonText(one.json))
  })

  it('carries no date but the build date', () => {
    const { book, files } = smallCase()
    const { html } = buildReport(book, files)
    const dates = new Set(html.match(/\b\d{4}-\d{2}-\d{2}\b/g))
    expect([...dates].sort()).toEqual(['1921-03-12', '2026-01-15'])
  })
})

describe('options', () => {
  const { book, files } = smallCase()
  it('are validated when given', () => {
    expect(() => buildReport(book, files, { foldAfter: -1 })).toThrow(/foldAfter/)
    expect(() => buildReport(book, files, { kindOf: 'errata' as never })).toThrow(/kindOf/)
    expect(() => buildReport(book, files, { rules: { 'clean:caption': 3 as never } })).toThrow(
      /rules/,
    )
  })

  it('let the caller classify changes', () => {
    const { json } = buildReport(book, files, { kindOf: () => 'fix' })
    expect(json.sources[0]?.summary.corrections).toMatchObject({
      errata: 1,
      fix: 12,
      typography: 0,
      structure: 0,
    })
  })

  it('fold long groups of corrections', () => {
    const folded = fromHtml(buildReport(book, files, { foldAfter: 3 }).html)
    const open = selectAll('details.corrections', folded).map((d) => [
      d.properties.className,
      d.properties.open,
    ])
    expect(open).toEqual([
      [['corrections', 'errata'], true],
      [['corrections', 'fix'], true],
      [['corrections', 'typography'], undefined],
      [['corrections', 'structure'], undefined],
    ])
  })
})
