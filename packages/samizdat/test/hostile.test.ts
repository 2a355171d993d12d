import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAnthology, loadProject, type BuildResult } from 'samizdat'

const hostile = `Reading Group Notes

By Sam Tester

The meeting opened with a paste from a forum that held <script>alert("owned")</script> in the middle of a sentence, which must stay visible text in every format of the book.

Someone added an image tag, <img src=x onerror="alert(1)">, and a link written as <a href="javascript:alert(2)">click me</a> into the minutes, and both must be shown, not run.

There was a comment <!-- hidden from view --> and entities such as &amp;, &lt;b&gt; and &#x3C;i&#x3E; that must print exactly as they were typed by the secretary.
`

let result: BuildResult
const decoder = new TextDecoder()

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samizdat-hostile-'))
  writeFileSync(join(dir, 'minutes.txt'), hostile)
  writeFileSync(join(dir, 'anthology.yaml'), 'title: T\nlanguage: en\ndate: 2026-01-01\narticles:\n  - source: minutes.txt\n')
  result = await buildAnthology(await loadProject(join(dir, 'anthology.yaml')))
})

/**
 * No live markup came from the text: among the real tags (text has its `<`
 * escaped, so every `<` left opens a tag the writer made) no script, no event
 * handler, no `javascript:` URL, no comment.
 */
function expectInert(markup: string, where: string) {
  const body = markup.replace(/<style[\s\S]*?<\/style>/g, '')
  const tags = body.match(/<[!a-zA-Z/][^>]*>/g) ?? []
  for (const tag of tags) {
    expect(tag, where).not.toMatch(/^<script/i)
    expect(tag, where).not.toMatch(/\son\w+\s*=/i)
    expect(tag, where).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i)
    expect(tag, where).not.toMatch(/^<!--/)
    // The writers' own images are local files (the cover); the text's never become images.
    expect(tag, where).not.toMatch(/^<img(?![^>]*\ssrc="[\w-]+\.(svg|png|jpe?g)")/i)
  }
}

describe('hostile text stays text', () => {
  it('in the print HTML, escaped and visible', () => {
    const html = decoder.decode(result.outputs.get('anthology.html'))
    expectInert(html, 'anthology.html')
    expect(html).toMatch(/&(lt|#x3C);script>alert\(.owned.\)&(lt|#x3C);\/script>/)
    expect(html).toMatch(/&(lt|#x3C);img src=x onerror=/)
    expect(html).toMatch(/&(lt|#x3C);!/)
    expect(html).toMatch(/&(amp|#x26);amp;/)
  })

  it('in every EPUB document', async () => {
    const zip = await JSZip.loadAsync(result.outputs.get('anthology.epub')!)
    const chapter = (await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.xhtml')).map((n) => zip.file(n)!.async('string')))).join('\n')
    expectInert(chapter, 'EPUB')
    expect(chapter).toMatch(/&(lt|#x3C);script(>|&gt;)alert\(.owned.\)&(lt|#x3C);\/script/)
  })

  it('in the Markdown, escaped so no Markdown reader makes it markup', () => {
    const md = decoder.decode(result.outputs.get('anthology.md'))
    expect(md).not.toMatch(/(?<!\\)<script>/)
    expect(md).not.toMatch(/(?<!\\)<img /)
    expect(md).not.toMatch(/(?<!\\)<!--/)
    expect(md).toMatch(/\\<script>alert\(.owned.\)\\<\/script>/)
    expect(md).toMatch(/\\&amp;|&amp;amp;/)
  })

  it('in the report', () => {
    expectInert(decoder.decode(result.outputs.get('report.html')), 'report.html')
  })
})
