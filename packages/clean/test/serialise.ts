import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'
import { stringify } from 'yaml'

/** The cleaned article as a fixture shows it: metadata as YAML front matter, then the body. */
export function articleMarkdown(tree: Root, file: VFile): string {
  const { origins: _origins, ...meta } = file.data.meta ?? {}
  const front = Object.keys(meta).length ? `---\n${stringify(meta, { lineWidth: 0 })}---\n\n` : ''
  return front + toMarkdown(tree)
}

/** Every decision, one per line: removals and findings with their raw lines, then messages. */
export function decisions(file: VFile): string {
  const lines: string[] = []
  for (const r of file.data.removals ?? [])
    lines.push(`${r.line}-${r.endLine}  removed  ${r.ruleId}  ${r.text}`)
  for (const f of file.data.findings ?? [])
    lines.push(`${f.line}  found  ${f.ruleId}  ${f.field}: ${f.value}`)
  for (const m of file.messages)
    lines.push(`${m.line ?? 0}:${m.column ?? 0}  ${m.reason}  ${m.source}:${m.ruleId}`)
  return `${lines.join('\n')}\n`
}
