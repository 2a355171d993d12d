import type { Root } from 'mdast'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { ErrataError, parseErrata, remarkErrata } from '../src/index.ts'
import { treeOf } from './helpers.ts'

const run = (text: string, yaml: string) => {
  const { tree, file } = treeOf(text)
  const entries = parseErrata(yaml, 'sources/errata/x.yaml')
  unified().use(remarkErrata, { entries, path: 'sources/errata/x.yaml' }).runSync(tree, file)
  return { tree, file }
}

describe('parseErrata', () => {
  it('reads entries with their lines', () => {
    const entries = parseErrata(
      '# note\n- find: a\n  replace: b\n  reason: r\n- find: c\n  replace: d\n  reason: s\n  count: 2\n',
      'e.yaml',
    )
    expect(entries).toEqual([
      { find: 'a', replace: 'b', reason: 'r', line: 2, column: 3 },
      { find: 'c', replace: 'd', reason: 's', count: 2, line: 5, column: 3 },
    ])
  })

  it('reads an empty list and a file of comments as no entries', () => {
    expect(parseErrata('[]\n', 'e.yaml')).toEqual([])
    expect(parseErrata('# nothing to correct\n', 'e.yaml')).toEqual([])
  })

  it.each([
    ['- find: a\n  replace: b\n', 'e.yaml:1:3: Missing field `reason` in entry 1'],
    [
      '- find: a\n  replace: b\n  reason: r\n  because: x\n',
      'e.yaml:1:3: Unknown field `because` in entry 1',
    ],
    [
      '- find: a\n  replace: b\n  reason: r\n- find: ""\n  replace: b\n  reason: r\n',
      'e.yaml:4:3: Bad `find` in entry 2',
    ],
    ['- find: a\n  replace: b\n  reason: r\n  count: 0\n', 'e.yaml:1:3: Bad `count` in entry 1'],
    ['find: a\n', 'e.yaml:1:1: Expected a list of errata entries'],
    ['- find: [a\n', 'e.yaml:'],
  ])('fails on one line with the place: %j', (yaml, start) => {
    let error: unknown
    try {
      parseErrata(yaml, 'e.yaml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ErrataError)
    expect((error as Error).message.startsWith(start)).toBe(true)
    expect((error as Error).message).not.toContain('\n')
  })
})

describe('remarkErrata', () => {
  const entry = (find: string, replace: string, count?: number) =>
    `- find: "${find}"\n  replace: "${replace}"\n  reason: test${count ? `\n  count: ${count}` : ''}\n`

  it('replaces and records with raw line and column', () => {
    const { tree, file } = run('First line.\n\nThe origings of it.\n', entry('origings', 'origins'))
    expect((tree.children[1] as { children: { value: string }[] }).children[0]!.value).toBe(
      'The origins of it.',
    )
    expect(file.data.changes).toEqual([
      {
        ruleId: 'proof:errata',
        reason: 'test',
        line: 3,
        column: 5,
        actual: 'origings',
        expected: 'origins',
      },
    ])
  })

  it('replaces every occurrence when count says so', () => {
    const { file } = run('a Menshiviks b Menshiviks', entry('Menshiviks', 'Mensheviks', 2))
    expect(file.data.changes?.map((c) => c.column)).toEqual([3, 16])
  })

  it('stops with the entry line when an entry matches too rarely or too often', () => {
    expect(() =>
      run('nothing here', `${entry('x', 'y')}${entry('absent', 'present')}`),
    ).toThrowError(ErrataError)
    try {
      run('x x', `${entry('x', 'y')}`)
    } catch (e) {
      expect(e).toBeInstanceOf(ErrataError)
      expect((e as ErrataError).line).toBe(1)
      expect((e as ErrataError).message).toBe(
        'sources/errata/x.yaml:1:3: Unexpected 2 matches for `x`, expected 1',
      )
    }
  })

  it('never matches across an inline node, in a URL or in code', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'see ' },
            {
              type: 'link',
              url: 'https://example.org/origings',
              children: [{ type: 'text', value: 'origings' }],
            },
            { type: 'inlineCode', value: 'origings' },
          ],
        },
      ],
    }
    const { file } = treeOf('')
    const entries = parseErrata(entry('origings', 'origins'), 'x.yaml')
    unified().use(remarkErrata, { entries }).runSync(tree, file)
    const p = tree.children[0] as unknown as { children: Record<string, unknown>[] }
    expect(p.children[1]).toMatchObject({
      url: 'https://example.org/origings',
      children: [{ value: 'origins' }],
    })
    expect(p.children[2]).toMatchObject({ value: 'origings' })
  })

  it('validates its options when attached', () => {
    // @ts-expect-error: entries are required
    expect(() => unified().use(remarkErrata, {}).freeze()).toThrow(
      /remarkErrata: bad option `entries`/,
    )
  })
})
