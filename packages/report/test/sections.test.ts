import { describe, expect, it } from 'vitest'
import { buildReport, reportSection } from '../src/index.ts'
import { smallCase } from './cases.ts'

describe('sections made ahead', () => {
  it('give the same report as sections made by buildReport', () => {
    const { book, files } = smallCase()
    const options = { rules: { 'clean:caption': 'A photo caption whose picture is gone.' } }
    const whole = buildReport(book, files, options)
    const sections = new Map(
      book.articles.map((article) => [
        article.id,
        reportSection(article, files.find((f) => f.data.articleId === article.id), options),
      ]),
    )
    const ahead = buildReport(book, files, { ...options, sections })
    expect(ahead.html).toBe(whole.html)
    expect(ahead.json).toEqual(whole.json)
  })
})
