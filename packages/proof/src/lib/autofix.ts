import { recordChange } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { z } from 'zod'
import { applyEdits, blocksOf, type Edit, pointAt, tokensOf } from './block.ts'
import { indexOf } from './dictionary-index.ts'
import { validate } from './options.ts'
import type { Spellers } from './spell.ts'
import { lowerOf, type Token } from './tokens.ts'

/**
 * Automatic fixes: only those that are right every time. A rule that would be
 * wrong once in a hundred stays a suggestion in the report.
 *
 * - A doubled article, preposition or possessive (`the the`, `of of`): these
 *   never stand twice in English. (`that that`, `had had` can, so they are
 *   only reported.)
 * - The commonest words with `h` read as `b` or `li` by OCR (`tbe`, `wbich`,
 *   `tliat`), when the misread form is no English word in either dictionary.
 */
const neverTwice = new Set(
  'the a an of for with from by at its their his our your my this these those'.split(' '),
)

const hWords =
  'the that this they them then than there their these those which when where what who whom whose with while have has had he his her him she should such through other both each much which'.split(
    ' ',
  )

export const autofixOptionsSchema = z
  .object({
    /** From `loadSpellers()`: needed for the OCR fix, which must be sure the misread form is no word. */
    spellers: z
      .custom<Spellers>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as Spellers)['en-US']?.correct === 'function',
        'Expected the result of loadSpellers()',
      )
      .optional(),
  })
  .strict()

export type AutofixOptions = z.infer<typeof autofixOptionsSchema>

/** Misread form → the word, for the `h` words (`tbe` → `the`), keeping only forms no dictionary knows. */
export function ocrTable(spellers: Spellers): Map<string, string> {
  const table = new Map<string, string>()
  for (const word of new Set(hWords)) {
    for (const misread of ['b', 'li']) {
      let i = word.indexOf('h')
      while (i >= 0) {
        const form = word.slice(0, i) + misread + word.slice(i + 1)
        // The index answers as nspell's `correct` does, without making nspell's word table.
        if (!indexOf(spellers['en-US']).correct(form) && !indexOf(spellers['en-GB']).correct(form))
          table.set(form, word)
        i = word.indexOf('h', i + 1)
      }
    }
  }
  return table
}

interface Fix extends Edit {
  ruleId: string
  reason: string
  actual: string
  /** Where the record points: the start of what the reader sees changed. */
  at: number
}

function fixesOf(text: string, tokens: Token[], table: Map<string, string>): Fix[] {
  const fixes: Fix[] = []
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1]
    const lower = lowerOf(token)
    // Same case only: `the The` may be a name (`The The`).
    if (
      prev &&
      neverTwice.has(lower) &&
      lowerOf(prev) === lower &&
      token.text === lower &&
      text.slice(prev.end, token.start) === ' '
    ) {
      fixes.push({
        start: prev.end,
        end: token.end,
        replacement: '',
        ruleId: 'proof:autofix-doubled-word',
        reason: `Doubled \`${lower}\``,
        actual: text.slice(prev.start, token.end),
        at: prev.start,
      })
      return
    }
    const word = table.get(lower)
    if (word) {
      const replacement = token.text[0] !== lower[0] ? word[0]!.toUpperCase() + word.slice(1) : word
      if (token.text !== lower && token.text !== lower[0]!.toUpperCase() + lower.slice(1)) return
      fixes.push({
        start: token.start,
        end: token.end,
        replacement,
        ruleId: 'proof:autofix-ocr',
        reason: `OCR misread \`${token.text}\` for \`${replacement}\``,
        actual: token.text,
        at: token.start,
      })
    }
  })
  return fixes
}

/** remark plugin: the near-certain fixes, each recorded in `file.data.changes`. */
export function remarkAutofix(options?: AutofixOptions) {
  const settings = validate(autofixOptionsSchema, options ?? {}, 'remarkAutofix')
  const spellers = settings.spellers
  // The same for every article: made once per run when the spellers carry a cache.
  let table = new Map<string, string>()
  if (spellers?.cache) {
    spellers.cache.ocr ??= ocrTable(spellers)
    table = spellers.cache.ocr
  } else if (spellers) table = ocrTable(spellers)
  return (tree: Root, file: VFile) => {
    for (const block of blocksOf(tree)) {
      const fixes = fixesOf(block.value, tokensOf(block), table)
      if (fixes.length === 0) continue
      const records = new Map<Edit, Parameters<typeof recordChange>[1]>()
      for (const fix of fixes) {
        const point = pointAt(block, file, fix.at)
        const expected =
          fix.ruleId === 'proof:autofix-doubled-word' ? fix.actual.split(' ')[0]! : fix.replacement
        records.set(fix, {
          ruleId: fix.ruleId,
          reason: fix.reason,
          ...(point ? { line: point.line, column: point.column } : {}),
          actual: fix.actual,
          expected,
        })
      }
      for (const kept of applyEdits(block, file, fixes)) recordChange(file, records.get(kept)!)
    }
  }
}
