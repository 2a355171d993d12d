import type { VFile } from 'vfile'

export type Severity = 'error' | 'warning' | 'info'

/** A vfile message as the report keeps it. */
export interface ReportMessage {
  path: string
  line: number | null
  column: number | null
  severity: Severity
  reason: string
  /** Full rule id, `source:rule`, when the message has a rule. */
  ruleId: string | null
  actual?: string
  expected?: string[]
}

/** `fatal: true` is an error, `false` a warning, unset an informational note (vfile's convention). */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** `source:rule`; a rule id that already names its source is kept as it is. */
export function fullRuleId(
  source: string | null | undefined,
  ruleId: string | null | undefined,
): string | null {
  if (!ruleId) return source ? `${source}:` : null
  if (!source || ruleId.startsWith(`${source}:`)) return ruleId
  return `${source}:${ruleId}`
}

/** A file's messages in place order (messages without a place first). */
export function messagesOf(file: VFile): ReportMessage[] {
  const out = file.messages.map((m): ReportMessage => {
    const message: ReportMessage = {
      path: m.file || file.path || '',
      line: m.line ?? null,
      column: m.column ?? null,
      severity: severityOf(m.fatal),
      reason: m.reason,
      ruleId: fullRuleId(m.source, m.ruleId),
    }
    if (m.actual !== undefined && m.actual !== null) message.actual = m.actual
    if (m.expected?.length) message.expected = [...m.expected]
    return message
  })
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** `path:line:col`, the way vfile-reporter places a message. */
export function placeOf(m: Pick<ReportMessage, 'path' | 'line' | 'column'>): string {
  if (m.line === null) return m.path
  return `${m.path}:${m.line}:${m.column ?? 1}`
}
