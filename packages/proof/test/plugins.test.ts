import type { Root } from 'mdast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  countWords,
  decideVariant,
  loadSpellers,
  parseErrata,
  proofFile,
  proofPreset,
  remarkAutofix,
  remarkProofCheck,
  remarkTypography,
  rules,
  type Spellers,
  toProofJson,
} from '../src/index.ts'
import { treeOf } from './helpers.ts'

let spellers: Spellers
beforeAll(async () => {
  spellers = await loadSpellers()
})

const textOf = (tree: Root) => JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v))

describe('options', () => {
  it('throw when attached, not when run', () => {
    // @ts-expect-error: a bad variant
    expect(() => unified().use(remarkProofCheck, { variant: 'fr' }).freeze()).toThrow(
      /bad option `variant`/,
    )
    // @ts-expect-error: spellers must come from loadSpellers()
    expect(() => unified().use(remarkProofCheck, { spellers: {} }).freeze()).toThrow(/loadSpellers/)
    // @ts-expect-error: unknown option
    expect(() => unified().use(remarkTypography, { dashes: 'em' }).freeze()).toThrow(
      /remarkTypography/,
    )
    // @ts-expect-error: a bad dash style
    expect(() => unified().use(remarkTypography, { dashStyle: 'hyphen' }).freeze()).toThrow(
      /dashStyle/,
    )
    expect(() => unified().use(remarkAutofix, {}).freeze()).not.toThrow()
  })
})

describe('the tree walk', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'The "state"' }] },
      {
        type: 'blockquote',
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: 'A "quoted" line...' }] },
        ],
      },
      {
        type: 'list',
        children: [
          {
            type: 'listItem',
            children: [{ type: 'paragraph', children: [{ type: 'text', value: "It's 1917-23." }] }],
          },
        ],
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: "https://example.org/a--b's",
            children: [{ type: 'text', value: "the 'link'" }],
          },
          { type: 'text', value: ' and ' },
          { type: 'inlineCode', value: 'x = "y"' },
          { type: 'footnoteReference', identifier: '1' },
        ],
      },
      { type: 'code', value: 'a "b" -- c' },
      {
        type: 'footnoteDefinition',
        identifier: '1',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Ibid., pp. 60-1.' }] }],
      },
    ],
  })

  it('typesets headings, quotations, lists, link text and notes, never URLs or code', () => {
    const t = tree()
    unified().use(remarkTypography).runSync(t, new VFile())
    const out = textOf(t)
    for (const s of ['The “state”', 'A “quoted” line…', 'It’s 1917–23.', 'the ‘link’', 'pp. 60–1.'])
      expect(out).toContain(s)
    expect(out).toContain("https://example.org/a--b's")
    expect(out).toContain('x = \\"y\\"')
    expect(out).toContain('a \\"b\\" -- c')
  })

  it('reports in notes too', () => {
    const t = tree()
    const f = new VFile()
    ;(t.children[5] as { children: { children: { value: string }[] }[] }).children[0]!
      .children[0]!.value = 'See tbe book.'
    proofFile(t, f, { spellers })
    expect(f.messages.map((m) => m.ruleId)).toEqual(['ocr-confusion'])
  })
})

describe('raw positions', () => {
  it('follow a hard-wrapped paragraph across its lines', () => {
    const { tree, file } = treeOf(
      'A first line\n  of a wrapped paragraph with origings\nand more.\n',
    )
    proofFile(tree, file, { spellers })
    const m = file.messages[0]!
    expect([m.line, m.column]).toEqual([2, 31])
    expect(m.place && 'end' in m.place ? m.place.end : undefined).toEqual({ line: 2, column: 39 })
  })

  it('survive earlier edits in the same node', () => {
    const { tree, file } = treeOf('The the origings of "it".\n')
    const processor = unified()
      .use(remarkAutofix, { spellers })
      .use(remarkProofCheck, { spellers })
      .use(remarkTypography)
    processor.runSync(tree, file)
    expect(file.messages.map((m) => [m.ruleId, m.column])).toEqual([['spelling', 9]])
    expect(file.data.changes?.map((c) => [c.ruleId, c.column])).toEqual([
      ['proof:autofix-doubled-word', 1],
      ['typography:quotes', 21],
      ['typography:quotes', 24],
    ])
  })
})

describe('proofPreset', () => {
  it('runs errata, fixes, the report and typography in that order', () => {
    const { tree, file } = treeOf('The the Poulanzas "quote" has. been here...\n')
    const errata = parseErrata(
      '- find: has. been\n  replace: has been\n  reason: stray stop\n',
      'e.yaml',
    )
    unified().use(proofPreset({ spellers, errata })).runSync(tree, file)
    expect(file.data.changes?.map((c) => c.ruleId)).toEqual([
      'proof:errata',
      'proof:autofix-doubled-word',
      'typography:ellipsis',
      'typography:quotes',
      'typography:quotes',
    ])
    // The stray stop was corrected before the report: only the name is left to report.
    expect(file.messages.map((m) => m.ruleId)).toEqual(['corpus-spelling'])
  })

  it('can leave the report out', () => {
    const { tree, file } = treeOf('tbe origings\n')
    unified()
      .use(proofPreset({ spellers, check: false }))
      .runSync(tree, file)
    expect(file.messages).toEqual([])
  })
})

describe('helpers', () => {
  it('toProofJson gives the --json shape with full rule ids', () => {
    const { tree, file } = treeOf('We saw the origings.\n', 'a.txt')
    proofFile(tree, file, { spellers })
    expect(toProofJson([file])).toEqual([
      {
        path: 'a.txt',
        messages: [
          {
            line: 1,
            column: 12,
            endColumn: 20,
            ruleId: 'proof:spelling',
            reason: 'Unexpected `origings`, expected `origins` (unknown word)',
            actual: 'origings',
            expected: ['origins'],
          },
        ],
      },
    ])
  })

  it('countWords counts exact forms across trees', () => {
    const counts = countWords([treeOf('The state. the State').tree, treeOf('the end').tree])
    expect(counts.get('the')).toBe(2)
    expect(counts.get('The')).toBe(1)
    expect(counts.get('State')).toBe(1)
  })

  it('decideVariant tells British from American spelling', () => {
    expect(decideVariant(spellers, ['colour', 'organise', 'labour', 'the']).variant).toBe('en-GB')
    expect(decideVariant(spellers, ['color', 'organize', 'the']).variant).toBe('en-US')
  })

  it('rules lists full kebab-case ids with one line each', () => {
    for (const [id, text] of Object.entries(rules)) {
      expect(id).toMatch(/^(proof|typography):[a-z]+(-[a-z]+)*$/)
      expect(text).not.toContain('\n')
    }
  })
})
