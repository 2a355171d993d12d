import { PlacedError, recordChange } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { isSeq, LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { applyEdits, blocksOf, type Edit, pointAt } from './block.ts'
import { validate } from './options.ts'

/**
 * Errata: an editor's verified corrections to one source, as data. Each entry
 * must match exactly as stated, as often as stated, or the build stops with
 * the entry's line: a source that changes can never drift silently away from
 * its corrections.
 */
export const errataEntrySchema = z
  .object({
    find: z.string().min(1),
    replace: z.string(),
    reason: z.string().min(1),
    /** How many times `find` occurs in the text (default 1); every one is replaced. */
    count: z.number().int().positive().optional(),
  })
  .strict()

export interface ErrataEntry extends z.infer<typeof errataEntrySchema> {
  /** Where the entry stands in its errata file (1-based), for errors. */
  line?: number
  column?: number
}

/** A bad errata file or an entry that does not match. Its message is one line: `path:line:col: reason`. */
export class ErrataError extends PlacedError {
  override name = 'ErrataError'
}

/** Parse and validate an errata file: a YAML list of `{ find, replace, reason, count? }`. */
export function parseErrata(text: string, path: string): ErrataEntry[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const error = doc.errors[0]
  if (error) {
    const pos = lineCounter.linePos(error.pos[0])
    throw new ErrataError(path, pos.line, pos.col, `Invalid YAML: ${error.message.split('\n')[0]}`)
  }
  if (doc.contents === null) return []
  if (!isSeq(doc.contents)) throw new ErrataError(path, 1, 1, 'Expected a list of errata entries')
  return doc.contents.items.map((item, i) => {
    const pos =
      item && typeof item === 'object' && 'range' in item && item.range
        ? lineCounter.linePos(item.range[0])
        : { line: 1, col: 1 }
    const result = errataEntrySchema.safeParse(
      (item as { toJSON?: () => unknown })?.toJSON?.() ?? item,
    )
    if (!result.success) {
      const issue = result.error.issues[0]!
      const field = issue.path.join('.')
      const reason =
        issue.code === 'unrecognized_keys'
          ? `Unknown field \`${issue.keys[0]}\` in entry ${i + 1}`
          : issue.code === 'invalid_type' && issue.received === 'undefined'
            ? `Missing field \`${field}\` in entry ${i + 1}`
            : `Bad \`${field}\` in entry ${i + 1}: ${issue.message}`
      throw new ErrataError(path, pos.line, pos.col, reason)
    }
    return { ...result.data, line: pos.line, column: pos.col }
  })
}

export const errataOptionsSchema = z
  .object({
    entries: z.array(
      errataEntrySchema.extend({ line: z.number().optional(), column: z.number().optional() }),
    ),
    /** The errata file's path, for errors. */
    path: z.string().optional(),
  })
  .strict()

export type ErrataOptions = z.infer<typeof errataOptionsSchema>

/**
 * remark plugin: apply errata entries in order, each in the prose text
 * (never a URL or code). Throws `ErrataError` when an entry does not match
 * exactly `count` times; records each replacement as `proof:errata`.
 */
export function remarkErrata(options: ErrataOptions) {
  const settings = validate(errataOptionsSchema, options, 'remarkErrata')
  const path = settings.path ?? 'errata'
  return (tree: Root, file: VFile) => {
    for (const entry of settings.entries) {
      const blocks = blocksOf(tree)
      const hits: { block: (typeof blocks)[number]; edit: Edit }[] = []
      for (const block of blocks) {
        for (const segment of block.segments) {
          let at = segment.node.value.indexOf(entry.find)
          while (at >= 0) {
            const start = segment.start + at
            hits.push({
              block,
              edit: { start, end: start + entry.find.length, replacement: entry.replace },
            })
            at = segment.node.value.indexOf(entry.find, at + entry.find.length)
          }
        }
      }
      const expected = entry.count ?? 1
      if (hits.length !== expected) {
        throw new ErrataError(
          path,
          entry.line ?? 1,
          entry.column ?? 1,
          `Unexpected ${hits.length} match${hits.length === 1 ? '' : 'es'} for \`${entry.find}\`, expected ${expected}`,
        )
      }
      const points = hits.map(({ block, edit }) => pointAt(block, file, edit.start))
      for (const block of new Set(hits.map((h) => h.block))) {
        applyEdits(
          block,
          file,
          hits.filter((h) => h.block === block).map((h) => h.edit),
        )
      }
      points.forEach((point) => {
        recordChange(file, {
          ruleId: 'proof:errata',
          reason: entry.reason,
          ...(point ? { line: point.line, column: point.column } : {}),
          actual: entry.find,
          expected: entry.replace,
        })
      })
    }
  }
}
