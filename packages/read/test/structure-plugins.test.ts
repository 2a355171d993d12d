import type { FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { toMarkdown } from 'mdast-util-to-markdown'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  createStructurePreset,
  readText,
  remarkBlockquotes,
  remarkHeadings,
  remarkLinks,
  remarkLists,
  rules,
  structurePreset,
  structureRules,
} from '../src/index.ts'

/** A paragraph on raw line `line`, as the reader and the notes filter leave it. */
function para(line: number, ...parts: Array<string | { ref: string }>): Paragraph {
  const position = { start: { line, column: 1 }, end: { line, column: 80 } }
  const children: PhrasingContent[] = parts.map((part) =>
    typeof part === 'string'
      ? { type: 'text', value: part, position }
      : { type: 'footnoteReference', identifier: part.ref, label: part.ref },
  )
  return { type: 'paragraph', children, position }
}

function run(
  children: RootContent[],
  preset = structurePreset,
): { tree: Root; file: VFile; md: string } {
  const file = new VFile({ path: 'case.txt' })
  const input: Root = { type: 'root', children }
  const tree = unified().use(preset).runSync(input, file) as Root
  return { tree, file, md: toMarkdown(tree, { extensions: [gfmFootnoteToMarkdown()] }) }
}

const long = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
const prose = `The committee met again in the autumn, ${long(30)}, and reported to the members.`

describe('options are checked when a plugin is attached', () => {
  it('rejects unknown keys, wrong types and out-of-range numbers at once', () => {
    expect(() => remarkHeadings({ depth: 7 as 2 })).toThrow(/depth/)
    expect(() => remarkHeadings({ colour: 'red' } as never)).toThrow(/unexpected option `colour`/)
    expect(() => remarkBlockquotes({ minWords: -1 })).toThrow(/minWords/)
    expect(() => remarkBlockquotes({ unmarked: 'yes' as never })).toThrow(/boolean/)
    expect(() => remarkLists({ sections: 'reading' as never })).toThrow(/RegExp/)
    expect(() => remarkLinks({ emails: 1 as never })).toThrow(/boolean/)
    expect(() => remarkLinks('all' as never)).toThrow(/object/)
    expect(() => createStructurePreset({ headings: 3 as never })).toThrow(/object/)
    expect(() => unified().use(remarkHeadings, { maxWords: 0 }).freeze()).toThrow(/maxWords/)
  })

  it('accepts good options and applies them', () => {
    const { tree } = run(
      [para(1, 'Origins of the council'), para(3, prose)],
      createStructurePreset({ headings: { depth: 3 } }),
    )
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 3 })
  })
})

describe('note references from the notes filter', () => {
  it('keeps a reference on a heading and drops the colon before it', () => {
    const { tree, file } = run([
      para(1, prose),
      para(3, 'Origins of the Council: ', { ref: '2' }),
      para(5, prose),
    ])
    const heading = tree.children[1]
    expect(heading).toMatchObject({ type: 'heading', depth: 2 })
    expect(toMarkdown(heading!, { extensions: [gfmFootnoteToMarkdown()] })).toBe(
      '## Origins of the Council[^2]\n',
    )
    expect(file.data.changes).toEqual([
      expect.objectContaining({
        ruleId: 'read:heading',
        line: 3,
        actual: 'of the Council:',
        expected: 'of the Council',
      }),
    ])
  })

  it('sets off an enclosed quotation followed by a reference, and keeps the reference', () => {
    const quote = `‘The council ${long(45)} and so it ended.’ `
    const { tree, md } = run([
      para(1, 'As the historian of the movement wrote:'),
      para(3, quote, { ref: '7' }),
      para(5, prose),
    ])
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'blockquote', 'paragraph'])
    expect(md).toContain('> The council word0')
    expect(md).toContain('and so it ended. [^7]')
    expect(tree.children[1]!.position).toEqual({
      start: { line: 3, column: 1 },
      end: { line: 3, column: 80 },
    })
  })

  it('sets off unmarked matter that ends in a reference when prose resumes', () => {
    const { tree } = run([
      para(1, 'In his report the secretary wrote:'),
      para(3, `The branches ${long(20)} must meet monthly.`, { ref: '4' }),
      para(5, prose),
    ])
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'blockquote', 'paragraph'])
  })

  it('leaves prose alone when its reference cites an inline quotation', () => {
    const { tree, file } = run([
      para(1, 'In his report the secretary wrote:'),
      para(3, `As he put it, ‘the branches ${long(20)} must meet’. `, { ref: '4' }),
      para(5, prose),
    ])
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(file.messages.map((m) => m.ruleId)).toEqual(['possible-quotation'])
  })

  it('never restructures footnote definitions, but links addresses in them', () => {
    const definition = (): FootnoteDefinition => ({
      type: 'footnoteDefinition',
      identifier: '1',
      label: '1',
      children: [
        para(20, 'Further reading'),
        para(21, '1. See www.example.org/archive for the minutes.'),
      ],
    })
    const { tree } = run([para(1, prose), definition()])
    const kept = tree.children[1] as FootnoteDefinition
    expect(kept.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph'])
    expect((kept.children[1] as Paragraph).children[1]).toMatchObject({
      type: 'link',
      url: 'http://www.example.org/archive',
    })
    const off = run(
      [para(1, prose), definition()],
      createStructurePreset({ links: { notes: false } }),
    )
    expect(off.md).not.toContain('](http')
    expect(off.md).toContain('www.example.org/archive')
  })
})

describe('positions and records', () => {
  it('gives a list the span of its items and a link its columns in the raw line', () => {
    const { file, tree } = readText(
      new TextEncoder().encode('• one item\n• another at www.example.org.\n'),
      'a.txt',
    )
    const out = unified().use(structurePreset).runSync(tree, file) as Root
    const list = out.children[0]!
    expect(list).toMatchObject({ type: 'list', ordered: false })
    expect(list.position?.start.line).toBe(1)
    expect(list.position?.end.line).toBe(2)
    const md = toMarkdown(out)
    expect(md).toContain('[www.example.org](http://www.example.org).')
    const link = JSON.stringify(out).match(/"type":"link".*?"position":(\{.*?\}\})/)
    expect(link?.[1]).toBe('{"start":{"line":2,"column":14},"end":{"line":2,"column":29}}')
  })

  it('records each quote mark removed from a multi-paragraph quotation', () => {
    const { file, tree } = run([
      para(1, 'The chairman told the inquiry:'),
      para(3, `“We found ${long(10)} and more.`),
      para(5, `“Nor is it ${long(10)} the case.”`),
      para(7, prose),
    ])
    expect(tree.children[1]).toMatchObject({
      type: 'blockquote',
      position: { start: { line: 3 }, end: { line: 5 } },
    })
    expect(file.data.changes?.map((c) => [c.line, c.actual, c.expected])).toEqual([
      [5, 'word9 the case.”', 'word9 the case.'],
      [3, '“We found word0', 'We found word0'],
      [5, '“Nor is it', 'Nor is it'],
    ])
  })

  it('documents every rule id in the rules table', () => {
    expect(rules).toMatchObject(structureRules)
    for (const id of Object.keys(structureRules)) expect(id).toMatch(/^read:[a-z]+(?:-[a-z]+)*$/)
  })
})
