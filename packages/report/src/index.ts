export { changeKind, changeKinds } from './lib/kinds.ts'
export type { ReportMessage, Severity } from './lib/messages.ts'
export type {
  NotesReport,
  ReportChange,
  ReportCitation,
  ReportJson,
  ReportRemoval,
  ReportSection,
  SourceReport,
  SummaryCounts,
} from './lib/model.ts'
export { buildReport, type Report, type ReportOptions, reportSection } from './lib/report.ts'
