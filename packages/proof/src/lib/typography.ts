import { recordChange } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { z } from 'zod'
import { applyEdits, type Block, blocksOf, type Edit, pointAt } from './block.ts'
import { countDashes, type DashStyle, dashEdits, dominantDash } from './dashes.ts'
import { validate } from './options.ts'
import { quoteEdits } from './quotes.ts'
import { skippedSpans } from './tokens.ts'
import { ellipsisEdits, rangeEdits, spaceEdits } from './typeset.ts'

export const typographyOptionsSchema = z
  .object({
    /** Decides the dash style when a text has no dash of its own to follow. */
    variant: z.enum(['auto', 'en-US', 'en-GB']).optional(),
    /** Force one parenthetical dash style instead of following the text's own. */
    dashStyle: z.enum(['auto', 'spaced-en', 'unspaced-em', 'spaced-em']).optional(),
  })
  .strict()

export type TypographyOptions = z.infer<typeof typographyOptionsSchema>

const reasons: Record<string, string> = {
  'typography:spaces':
    'House style: no doubled, leading or trailing spaces, none before punctuation or inside brackets',
  'typography:ellipsis': 'House style: `…` for an ellipsis, spaced where words are left out',
  'typography:range-dash': 'House style: en dash in ranges',
  'typography:dash-style': 'House style: one parenthetical dash style per text',
  'typography:quotes': 'House style: curly quotes and apostrophes',
  'typography:quote-direction': 'Quote mark turned the wrong way',
  'typography:quote-spacing': 'House style: no space inside quote marks',
}

/** A little context either side, so the record shows what changed where. */
function around(value: string, edit: Edit): { actual: string; expected: string } {
  let start = edit.start
  let end = edit.end
  while (start > 0 && edit.start - start < 12 && !/\s/.test(value[start - 1]!)) start--
  while (end < value.length && end - edit.end < 12 && !/\s/.test(value[end]!)) end++
  const actual = value.slice(start, end)
  const expected = value.slice(start, edit.start) + edit.replacement + value.slice(edit.end, end)
  return { actual, expected }
}

/** Apply one pass's edits to a block and record each change kept. */
function pass(block: Block, file: VFile, edits: (Edit & { ruleId: string })[]): void {
  if (edits.length === 0) return
  const records = new Map<Edit, Parameters<typeof recordChange>[1]>()
  for (const edit of edits) {
    const point = pointAt(block, file, edit.start)
    records.set(edit, {
      ruleId: edit.ruleId,
      reason: reasons[edit.ruleId] ?? edit.ruleId,
      ...(point ? { line: point.line, column: point.column } : {}),
      ...around(block.value, edit),
    })
  }
  for (const kept of applyEdits(block, file, edits)) recordChange(file, records.get(kept)!)
}

const tag = (ruleId: string) => (e: Edit) => ({ ...e, ruleId })

/** The dash style a text follows, from its own dashes, else from the variant or its quotes. */
export function dashStyleOf(blocks: Block[], options: TypographyOptions): DashStyle {
  if (options.dashStyle && options.dashStyle !== 'auto') return options.dashStyle
  let variant = options.variant ?? 'auto'
  if (variant === 'auto') {
    // British texts quote with single marks first; American with double.
    const text = blocks.map((b) => b.value).join('\n')
    const singles = (text.match(/(?<![\p{L}])‘|(?<=^|\s)'/gu) ?? []).length
    const doubles = (text.match(/“|"/g) ?? []).length
    variant = singles > doubles ? 'en-GB' : 'en-US'
  }
  return dominantDash(
    countDashes(blocks.map((b) => b.value)),
    variant === 'en-GB' ? 'spaced-en' : 'unspaced-em',
  )
}

/**
 * remark plugin: the house typography. Every change is recorded in
 * `file.data.changes` with its raw line and column.
 */
export function remarkTypography(options?: TypographyOptions) {
  const settings = validate(typographyOptionsSchema, options ?? {}, 'remarkTypography')
  return (tree: Root, file: VFile) => {
    const blocks = blocksOf(tree)
    const style = dashStyleOf(blocks, settings)
    for (const block of blocks) {
      const skip = () => skippedSpans(block.value)
      pass(block, file, spaceEdits(block.value, skip()).map(tag('typography:spaces')))
      pass(block, file, ellipsisEdits(block.value, skip()).map(tag('typography:ellipsis')))
      pass(block, file, rangeEdits(block.value, skip()).map(tag('typography:range-dash')))
      pass(block, file, dashEdits(block.value, style, skip()).map(tag('typography:dash-style')))
      pass(
        block,
        file,
        quoteEdits(block.value, skip()).map((e) => ({
          ...e,
          ruleId: e.kind === 'straight' ? 'typography:quotes' : `typography:quote-${e.kind}`,
        })),
      )
    }
  }
}
