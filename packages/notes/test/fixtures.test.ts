import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readText } from '@samizdat/read'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { toMarkdown } from 'mdast-util-to-markdown'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { notesPreset, rules } from '../src/index.ts'

const root = join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE === '1' && !process.env.CI

function run(name: string) {
  const path = join(root, name, 'input.txt')
  const { file, tree } = readText(readFileSync(path), `${name}/input.txt`)
  const processor = unified().use(notesPreset)
  processor.runSync(tree, file)
  const markdown = toMarkdown(tree, { extensions: [gfmFootnoteToMarkdown()] })
  const messages = file.messages
    .map((m) => `${m.line ?? 0}:${m.column ?? 0}  ${m.source}:${m.ruleId}  ${m.reason}`)
    .join('\n')
  return { markdown, messages: messages ? `${messages}\n` : '', file }
}

function compare(actualText: string, expectedPath: string) {
  if (update) {
    if (actualText === '' && expectedPath.endsWith('messages.txt'))
      rmSync(expectedPath, { force: true })
    else writeFileSync(expectedPath, actualText)
  }
  if (!existsSync(expectedPath)) {
    if (actualText === '') return
    throw new Error(`Missing ${expectedPath}; run with UPDATE=1 to create it`)
  }
  expect(actualText).toBe(readFileSync(expectedPath, 'utf8'))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const { markdown, messages, file } = run(name)
      compare(markdown, join(root, name, 'expected.md'))
      const messagesPath = join(root, name, 'messages.txt')
      if (messages || existsSync(messagesPath)) compare(messages, messagesPath)
      for (const m of file.messages) expect(rules).toHaveProperty(`${m.source}:${m.ruleId}`)
      for (const c of file.data.changes ?? []) expect(rules).toHaveProperty(c.ruleId)
      for (const r of file.data.removals ?? []) expect(rules).toHaveProperty(r.ruleId)
    })
  }
})
