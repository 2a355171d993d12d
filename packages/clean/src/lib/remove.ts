import type { ArticleMeta } from '@samizdat/core'
import { metaOf, recordFinding, recordRemoval } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Block } from './blocks.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** Set by `cleanEditor` when the manifest's `keep` names this block. */
    samizdatKeep?: boolean
  }
}

export const source = 'clean'

/** True when the editor's `keep` protects the block from every rule. */
export function isKept(block: Block): boolean {
  return block.node.data?.samizdatKeep === true
}

/**
 * Take a block out of the tree and record why, with its raw lines and verbatim
 * text. A block the editor keeps stays; returns whether it was removed.
 */
export function removeBlock(
  file: VFile,
  tree: Root,
  block: Block,
  rule: string,
  reason: string,
): boolean {
  if (isKept(block)) return false
  const at = tree.children.indexOf(block.node)
  if (at < 0) return false
  tree.children.splice(at, 1)
  recordRemoval(file, {
    ruleId: `${source}:${rule}`,
    reason,
    line: block.line,
    endLine: block.endLine,
    text: block.text,
  })
  return true
}

type Field = Exclude<keyof ArticleMeta, 'origins'>

/**
 * Record a piece of metadata found in the prose. The first value found for a
 * field wins, and so does anything already set (the manifest has the last
 * word), but the finding is recorded either way so the report shows it.
 */
export function setMeta<K extends Field>(
  file: VFile,
  field: K,
  value: NonNullable<ArticleMeta[K]>,
  block: Block,
  rule: string,
  shown: string = String(value),
): void {
  const meta = metaOf(file)
  recordFinding(file, { field, value: shown, line: block.line, ruleId: `${source}:${rule}` })
  if (meta[field] !== undefined) return
  meta[field] = value
  meta.origins = { ...meta.origins, [field]: { from: 'text', line: block.line } }
}

/** Take a block out of the body because it now lives in the metadata. */
export function moveToMeta(tree: Root, block: Block): boolean {
  if (isKept(block)) return false
  const at = tree.children.indexOf(block.node)
  if (at < 0) return false
  tree.children.splice(at, 1)
  return true
}

/** Say something about a block without changing it. */
export function warn(file: VFile, block: Block, rule: string, reason: string): void {
  file.message(reason, {
    place: block.node.position ?? { line: block.line, column: 1 },
    ruleId: rule,
    source,
  })
}
