import type { VFile } from '../../packages/proof/node_modules/vfile/index.js'
import { toProofJson } from '../../packages/proof/src/index.ts'

/** Print messages the way vfile-reporter does (`path:line:col  reason  rule-id`), or as the `--json` array. */
export function reporter(files: VFile[], json: boolean): string {
  const report = toProofJson(files)
  if (json) return `${JSON.stringify(report, null, 2)}\n`
  const lines: string[] = []
  for (const file of report) {
    lines.push(`${file.path}: ${file.messages.length} message(s)`)
    for (const m of file.messages)
      lines.push(`  ${m.line}:${m.column}-${m.endColumn}  ${m.reason}  ${m.ruleId}`)
  }
  return `${lines.join('\n')}\n`
}
