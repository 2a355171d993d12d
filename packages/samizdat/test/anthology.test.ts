import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import type { Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAnthology, loadProject, type BuildResult } from 'samizdat'
import { describeWithTools } from '../../../test-support/system-tools.ts'

const manifest = fileURLToPath(new URL('../../../sources/anthology.yaml', import.meta.url))
const decoder = new TextDecoder()

/** Markup out, entities decoded, soft hyphens and runs of white space gone: text to search in. */
function plain(html: string): string {
  return normalise(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&(lt|gt|quot|apos|nbsp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[e as 'lt'])
      .replace(/&amp;/g, '&'),
  )
}
const normalise = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ')

async function epubText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xhtml')).sort()
  const parts = await Promise.all(names.map((n) => zip.file(n)!.async('string')))
  return plain(parts.join(' '))
}

let result: BuildResult

beforeAll(async () => {
  result = await buildAnthology(await loadProject(manifest))
})

describe('the seed anthology', () => {
  it('has the five articles, in the manifest order', () => {
    expect(result.book.articles.map((a) => a.id)).toEqual([
      'soviet-power',
      'dual-power-in-our-hands',
      'against-electoralism',
      'dual-power-base-building',
      'towards-a-revolutionary-union-movement',
    ])
  })

  it('carries the same text in all three formats', async () => {
    const html = plain(decoder.decode(result.outputs.get('anthology.html')))
    const md = normalise(decoder.decode(result.outputs.get('anthology.md')).replace(/\\([\\`*_{}[\]()#+\-.!<>&|~])/g, '$1'))
    const epub = await epubText(result.outputs.get('anthology.epub')!)
    let checked = 0
    for (const article of result.book.articles) {
      visit(article.tree, 'text', (node: Text) => {
        const run = normalise(node.value).trim()
        if (run.length < 12) return
        checked++
        expect(html, `${article.id}: print HTML lacks “${run.slice(0, 60)}”`).toContain(run)
        expect(epub, `${article.id}: EPUB lacks “${run.slice(0, 60)}”`).toContain(run)
        expect(md, `${article.id}: Markdown lacks “${run.slice(0, 60)}”`).toContain(run)
      })
    }
    expect(checked).toBeGreaterThan(200)
  })

  it('gives every article a title and the essays their authors', () => {
    for (const a of result.book.articles) expect(a.meta.title, a.id).toBeTruthy()
    const byId = Object.fromEntries(result.book.articles.map((a) => [a.id, a.meta]))
    expect(byId['soviet-power']!.authors).toEqual(['Alex Callinicos'])
    expect(byId['against-electoralism']!.authors).toEqual(['Alyson Escalante'])
  })

  it('turns the 34 notes of Soviet Power into footnotes, with no [n] marker left', () => {
    const article = result.book.articles.find((a) => a.id === 'soviet-power')!
    let definitions = 0
    let references = 0
    visit(article.tree, (node) => {
      if (node.type === 'footnoteDefinition') definitions++
      if (node.type === 'footnoteReference') references++
      if (node.type === 'text') expect((node as Text).value).not.toMatch(/\[\d+\*?\]/)
    })
    expect(definitions).toBe(34)
    expect(references).toBe(34)
  })

  it('writes works cited as CSL-JSON with the notes that cite each work', () => {
    const works = JSON.parse(decoder.decode(result.outputs.get('works-cited.json'))) as { id: string; citedBy: { article: string; note: string }[] }[]
    expect(works.length).toBeGreaterThan(15)
    for (const w of works) expect(w.citedBy.length).toBeGreaterThan(0)
  })

  it('is byte-identical from build to build', async () => {
    const again = await buildAnthology(await loadProject(manifest))
    for (const [name, bytes] of result.outputs) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(again.outputs.get(name)!)), name).toBe(0)
  })
})

describeWithTools(['epubcheck'], 'the seed anthology in EPUBCheck', () => {
  it('has no fatal errors, errors or warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samizdat-epubcheck-'))
    const path = join(dir, 'anthology.epub')
    writeFileSync(path, result.outputs.get('anthology.epub')!)
    let out = ''
    try {
      out = execFileSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', '/usr/share/java/epubcheck.jar', path, '--json', join(dir, 'report.json')], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '')
    }
    const report = JSON.parse(execFileSync('cat', [join(dir, 'report.json')], { encoding: 'utf8' })) as { messages: { severity: string; message: string }[] }
    const problems = report.messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
    expect(problems.map((m) => `${m.severity}: ${m.message}`), out).toEqual([])
  })
})
