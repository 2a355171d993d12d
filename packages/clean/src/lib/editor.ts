import { recordRemoval } from '@samizdat/core'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Block, blocksOf } from './blocks.ts'

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim()

/** A manifest entry names a block by its whole text or by its start. */
export function entryMatches(entry: string, block: Block): boolean {
  const want = squash(entry)
  const text = squash(block.text)
  return want.length > 0 && (text === want || text.startsWith(want))
}

/**
 * The editor's final word: blocks named by the manifest's `drop` go, blocks
 * named by `keep` are marked so that no later rule removes them. Both arrive
 * in `file.data.drop` / `file.data.keep`; every use is reported, and an entry
 * that names nothing is a warning.
 */
export function cleanEditor() {
  return (tree: Root, file: VFile): void => {
    const keep = file.data.keep ?? []
    const drop = file.data.drop ?? []
    if (keep.length === 0 && drop.length === 0) return
    const blocks = blocksOf(tree)
    const place = (b: Block) => b.node.position ?? { line: b.line, column: 1 }
    for (const entry of drop) {
      const hits = blocks.filter((b) => entryMatches(entry, b))
      if (hits.length === 0) unused(file, 'drop', entry)
      for (const b of hits) {
        const at = tree.children.indexOf(b.node)
        if (at < 0) continue
        tree.children.splice(at, 1)
        recordRemoval(file, {
          ruleId: 'manifest:drop',
          reason: 'Dropped by the editor (manifest `drop`)',
          line: b.line,
          endLine: b.endLine,
          text: b.text,
          byEditor: true,
        })
        file.message(`Unexpected block \`${clip(b.text)}\`, dropped by the manifest`, {
          place: place(b),
          ruleId: 'drop',
          source: 'manifest',
        }).fatal = false
      }
    }
    for (const entry of keep) {
      const hits = blocks.filter((b) => entryMatches(entry, b) && tree.children.includes(b.node))
      if (hits.length === 0) unused(file, 'keep', entry)
      for (const b of hits) {
        b.node.data = { ...b.node.data, samizdatKeep: true }
        file.message(`Kept \`${clip(b.text)}\` whatever the rules say (manifest \`keep\`)`, {
          place: place(b),
          ruleId: 'keep',
          source: 'manifest',
        }).fatal = false
      }
    }
  }
}

function unused(file: VFile, kind: 'keep' | 'drop', entry: string): void {
  file.message(
    `Unexpected manifest \`${kind}\` entry \`${clip(entry)}\` that matches no block, expected the text or the start of a block`,
    {
      ruleId: 'unused-keep-drop',
      source: 'manifest',
    },
  )
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
