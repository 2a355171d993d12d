import { recordChange } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { z } from 'zod'
import { applyEdits, type Block, blocksOf, type Edit, pointAt, skipOf } from './block.ts'
import {
  type Dash,
  type DashStyle,
  dashEdits,
  dashesOf,
  dominantDash,
  tallyDashes,
} from './dashes.ts'
import { validate } from './options.ts'
import { quoteEdits } from './quotes.ts'
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

const letter = /^\p{L}$/u
const space = /^\s$/u

/** The code point that ends at offset `i` (a surrogate pair when there is one), or ''. */
function codePointBefore(text: string, i: number): string {
  if (i === 0) return ''
  const low = text.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i)
  }
  return text[i - 1]!
}

/**
 * Opening single quotes (`‘` after no letter, `'` after a space or at the
 * start) and double quotes of one block, as `(?<![\p{L}])‘|(?<=^|\s)'` and
 * `“|"` count them over the blocks joined by line breaks.
 */
function quoteCounts(text: string): { singles: number; doubles: number } {
  let singles = 0
  let doubles = 0
  for (const m of text.matchAll(/[‘'“"]/g)) {
    const i = m.index
    if (m[0] === '“' || m[0] === '"') doubles++
    else if (m[0] === "'") singles += i === 0 || space.test(text[i - 1]!) ? 1 : 0
    else singles += letter.test(codePointBefore(text, i)) ? 0 : 1
  }
  return { singles, doubles }
}

/** `quoteCounts` of texts taken together (as if joined by line breaks). */
export function quoteCountsOf(texts: string[]): { singles: number; doubles: number } {
  let singles = 0
  let doubles = 0
  for (const text of texts) {
    const counts = quoteCounts(text)
    singles += counts.singles
    doubles += counts.doubles
  }
  return { singles, doubles }
}

/** The dash style a text follows, from its own dashes, else from the variant or its quotes. */
export function dashStyleOf(
  blocks: Block[],
  options: TypographyOptions,
  found: () => Dash[][] = () => blocks.map((b) => dashesOf(b.value)),
): DashStyle {
  if (options.dashStyle && options.dashStyle !== 'auto') return options.dashStyle
  let variant = options.variant ?? 'auto'
  if (variant === 'auto') {
    // British texts quote with single marks first; American with double.
    const { singles, doubles } = quoteCountsOf(blocks.map((b) => b.value))
    variant = singles > doubles ? 'en-GB' : 'en-US'
  }
  return dominantDash(tallyDashes(found()), variant === 'en-GB' ? 'spaced-en' : 'unspaced-em')
}

/**
 * remark plugin: the house typography. Every change is recorded in
 * `file.data.changes` with its raw line and column.
 */
export function remarkTypography(options?: TypographyOptions) {
  const settings = validate(typographyOptionsSchema, options ?? {}, 'remarkTypography')
  return (tree: Root, file: VFile) => {
    const blocks = blocksOf(tree)
    // The dashes of each block as it stands, found once for the style and again only where a pass changed it.
    const values = blocks.map((b) => b.value)
    let found: Dash[][] | undefined
    const style = dashStyleOf(blocks, settings, () => {
      found = values.map((v) => dashesOf(v))
      return found
    })
    blocks.forEach((block, i) => {
      // Each pass sees the spans of the value as the last pass left it.
      const skip = () => skipOf(block)
      pass(block, file, spaceEdits(block.value, skip()).map(tag('typography:spaces')))
      pass(block, file, ellipsisEdits(block.value, skip()).map(tag('typography:ellipsis')))
      pass(block, file, rangeEdits(block.value, skip()).map(tag('typography:range-dash')))
      const same = found && block.value === values[i] && skip().length === 0
      pass(
        block,
        file,
        dashEdits(block.value, style, skip(), same ? found![i] : undefined).map(
          tag('typography:dash-style'),
        ),
      )
      pass(
        block,
        file,
        quoteEdits(block.value, skip()).map((e) => ({
          ...e,
          ruleId: e.kind === 'straight' ? 'typography:quotes' : `typography:quote-${e.kind}`,
        })),
      )
    })
  }
}
