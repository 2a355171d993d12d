import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readText } from '@samizdat/read'
import { describe, expect, it } from 'vitest'
import { cleanTree, rules } from '../src/index.ts'
import { articleMarkdown, decisions } from './serialise.ts'

const root = join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.txt')))
const update = process.env.UPDATE === '1'
if (update && process.env.CI) throw new Error('Refusing to regenerate fixtures under CI')

function check(path: string, actual: string): void {
  if (update) writeFileSync(path, actual)
  if (!existsSync(path))
    throw new Error(`Missing ${path}: run with UPDATE=1 to create it, then review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('fixtures', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(root, name)
    const { file, tree } = readText(readFileSync(join(dir, 'input.txt')), 'input.txt')
    const out = cleanTree(tree, file)
    check(join(dir, 'expected.md'), articleMarkdown(out, file))
    check(join(dir, 'messages.txt'), decisions(file))
  })

  it.each(cases)(
    '%s: loses nothing (each raw line is in the body, the metadata or the record)',
    (name) => {
      const { file, tree } = readText(readFileSync(join(root, name, 'input.txt')), 'input.txt')
      const raw = file.data.rawLines ?? []
      const out = cleanTree(tree, file)
      const covered = new Set<number>()
      const cover = (from: number, to: number) => {
        for (let l = from; l <= to; l++) covered.add(l)
      }
      for (const node of out.children)
        cover(node.position?.start.line ?? 0, node.position?.end.line ?? 0)
      for (const r of file.data.removals ?? []) cover(r.line, r.endLine)
      for (const f of file.data.findings ?? []) covered.add(f.line)
      const lost = raw
        .map((l, i) => [i + 1, l] as const)
        .filter(([n, l]) => l.trim() && !covered.has(n))
      expect(lost).toEqual([])
    },
  )

  it.each(cases)('%s: reports only documented rule ids', (name) => {
    const { file, tree } = readText(readFileSync(join(root, name, 'input.txt')), 'input.txt')
    cleanTree(tree, file)
    const ids = [
      ...(file.data.removals ?? []).map((r) => r.ruleId),
      ...(file.data.findings ?? []).map((f) => f.ruleId),
      ...file.messages.filter((m) => m.source === 'clean').map((m) => `clean:${m.ruleId}`),
    ]
    for (const id of ids) expect(rules, id).toHaveProperty([id])
  })
})
