import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { toMarkdown } from 'mdast-util-to-markdown'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readText, rules, structurePreset } from '../src/index.ts'

/**
 * Fixture cases: `fixtures/structure-<case>/input.txt` is read and given the
 * structure preset; the Markdown must equal `expected.md`, and the messages
 * and recorded changes must equal `messages.txt` (absent when there are none).
 * `UPDATE=1` rewrites the expectations; under `CI` they are never rewritten.
 */
const root = new URL('fixtures/', import.meta.url).pathname
const cases = readdirSync(root).filter((name) => name.startsWith('structure-'))
const update = Boolean(process.env.UPDATE) && !process.env.CI

function run(input: Buffer, path: string): { markdown: string; report: string; file: VFile } {
  const { file, tree } = readText(input, path)
  const out = unified().use(structurePreset).runSync(tree, file) as Root
  const markdown = toMarkdown(out, { extensions: [gfmFootnoteToMarkdown()] })
  const lines = [
    ...file.messages.map(
      (m) => `message ${m.line ?? '?'}:${m.column ?? '?'} ${m.source}:${m.ruleId} ${m.reason}`,
    ),
    ...(file.data.changes ?? []).map(
      (c) =>
        `change ${c.line ?? '?'}:${c.column ?? '?'} ${c.ruleId} «${c.actual}» → «${c.expected}»`,
    ),
  ]
  return { markdown, report: lines.length ? `${lines.join('\n')}\n` : '', file }
}

describe('structure fixtures', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name)
      const { markdown, report, file } = run(readFileSync(join(dir, 'input.txt')), `${name}.txt`)
      const expectedPath = join(dir, 'expected.md')
      const messagesPath = join(dir, 'messages.txt')
      if (update) {
        writeFileSync(expectedPath, markdown)
        if (report) writeFileSync(messagesPath, report)
        else rmSync(messagesPath, { force: true })
      }
      if (!existsSync(expectedPath)) {
        throw new Error(`Missing ${expectedPath}: run with UPDATE=1 (never under CI) and review it`)
      }
      expect(markdown).toBe(readFileSync(expectedPath, 'utf8'))
      expect(report).toBe(existsSync(messagesPath) ? readFileSync(messagesPath, 'utf8') : '')
      // Every id reported or recorded is documented in the package's rules table.
      for (const message of file.messages)
        expect(rules).toHaveProperty([`${message.source}:${message.ruleId}`])
      for (const change of file.data.changes ?? []) expect(rules).toHaveProperty([change.ruleId])
    })
  }
})
