import type { VFile } from 'vfile'

/** One message in `samizdat proof --json`. */
export interface ProofJsonMessage {
  line: number | null
  column: number | null
  endColumn: number | null
  /** Full rule id, `source:ruleId` (`proof:spelling`). */
  ruleId: string | null
  reason: string
  actual: string | null
  expected: string[]
}

/** One file in `samizdat proof --json`. */
export interface ProofJsonFile {
  path: string
  messages: ProofJsonMessage[]
}

/**
 * The `samizdat proof --json` view of some vfiles: their messages (every
 * source, so that read and clean problems show too), sorted by place.
 */
export function toProofJson(files: readonly VFile[]): ProofJsonFile[] {
  return files.map((file) => ({
    path: file.path ?? '',
    messages: [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((m) => ({
        line: m.line ?? null,
        column: m.column ?? null,
        endColumn:
          m.place && 'end' in m.place && m.place.end.line === m.line ? m.place.end.column : null,
        ruleId: m.ruleId ? (m.source ? `${m.source}:${m.ruleId}` : m.ruleId) : null,
        reason: m.reason,
        actual: m.actual ?? null,
        expected: m.expected ?? [],
      })),
  }))
}
