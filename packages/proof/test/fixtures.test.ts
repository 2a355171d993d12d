import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  countWords,
  loadSpellers,
  parseErrata,
  remarkAutofix,
  remarkErrata,
  remarkProofCheck,
  remarkTypography,
  rules,
  type Spellers,
} from '../src/index.ts'
import { treeOf } from './helpers.ts'

/**
 * Fixture folders: `input.txt`, `expected.md` (the text after the plugin),
 * `messages.txt` (the report for `check-*`, the change records for fixing
 * plugins). The folder's prefix names the plugin: `check-`, `typography-`,
 * `autofix-`, `errata-` (with `errata.yaml`). `UPDATE=1` rewrites the
 * expected files; under `CI` a missing or different file fails.
 */
const root = new URL('./fixtures/', import.meta.url).pathname
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.txt')))
const update = Boolean(process.env.UPDATE) && !process.env.CI

let spellers: Spellers
beforeAll(async () => {
  spellers = await loadSpellers()
})

function plugins(name: string, dir: string, tree: Root) {
  const kind = name.split('-')[0]
  if (kind === 'check')
    return unified().use(remarkProofCheck, { spellers, corpusWords: countWords([tree]) })
  if (kind === 'typography') return unified().use(remarkTypography)
  if (kind === 'autofix') return unified().use(remarkAutofix, { spellers })
  if (kind === 'errata') {
    const path = join(dir, 'errata.yaml')
    return unified().use(remarkErrata, {
      entries: parseErrata(readFileSync(path, 'utf8'), 'errata.yaml'),
    })
  }
  throw new Error(`Unknown fixture kind in ${name}`)
}

function report(name: string, file: VFile): string {
  const lines = name.startsWith('check-')
    ? file.messages.map((m) => {
        const end = m.place && 'end' in m.place ? m.place.end.column : ''
        return `${m.line}:${m.column}-${end}  ${m.source}:${m.ruleId}  ${m.reason}  [${(m.expected ?? []).join(' | ')}]`
      })
    : (file.data.changes ?? []).map(
        (c) => `${c.line}:${c.column}  ${c.ruleId}  ${c.actual} → ${c.expected}`,
      )
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function compare(path: string, actual: string) {
  if (update) writeFileSync(path, actual)
  if (!existsSync(path))
    throw new Error(`Missing ${path}: run the tests with UPDATE=1 to write it, then check it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(root, name)
    const { tree, file } = treeOf(readFileSync(join(dir, 'input.txt'), 'utf8'))
    const result = (await plugins(name, dir, tree).run(tree, file)) as Root
    compare(join(dir, 'expected.md'), toMarkdown(result))
    compare(join(dir, 'messages.txt'), report(name, file))
    for (const m of file.messages) expect(rules).toHaveProperty(`${m.source}:${m.ruleId}`)
    for (const c of file.data.changes ?? []) expect(rules).toHaveProperty(c.ruleId)
  })

  it('covers every rule with a fixture', () => {
    const seen = new Set<string>()
    for (const name of cases) {
      for (const line of readFileSync(join(root, name, 'messages.txt'), 'utf8').split('\n')) {
        const id = /^\S+\s+(\S+)/.exec(line)?.[1]
        if (id) seen.add(id)
      }
    }
    // The errata mismatch is an error, tested apart (errata.test.ts).
    const missing = Object.keys(rules).filter(
      (id) => !seen.has(id) && id !== 'proof:errata-mismatch',
    )
    expect(missing).toEqual([])
  })
})
