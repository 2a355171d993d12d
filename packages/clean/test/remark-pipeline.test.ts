import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { cleanWithRemark } from '../examples/remark-pipeline.ts'

it('the README example: the clean preset works in a plain remark pipeline', async () => {
  const page = readFileSync(
    new URL('../examples/remark-pipeline.ts', import.meta.url),
    'utf8',
  ).match(/const page = `([\s\S]*?)`/)![1]!
  const { markdown, meta, removals } = await cleanWithRemark(page)
  expect(meta?.title).toBe('Rent Strike Spreads to Third Estate')
  expect(meta?.authors).toEqual(['Maria Gonzalez'])
  expect(meta?.date).toEqual({ iso: '2024-03-12', precision: 'day' })
  expect(markdown).toMatch(/^Tenants on the Oakfield estate/)
  expect(markdown).not.toMatch(/Share this article|Subscribe|Home \| News/)
  expect(removals.map((r) => r.ruleId)).toEqual([
    'clean:navigation',
    'clean:label',
    'clean:call-to-action',
  ])
})
