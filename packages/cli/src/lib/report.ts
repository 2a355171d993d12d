import type { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

export interface ReportOptions {
  quiet: boolean
  color: boolean
}

/** Whether any file has an error: a fatal message (the article could not be made right). */
export function hasErrors(files: VFile[]): boolean {
  return files.some((f) => f.messages.some((m) => m.fatal === true))
}

/**
 * Messages the way vfile-reporter prints them (`path:line:col  reason  rule-id`),
 * to stderr. `--quiet` keeps only errors.
 */
export function printMessages(files: VFile[], options: ReportOptions): void {
  const withMessages = files.filter((f) => f.messages.length > 0)
  if (withMessages.length === 0) return
  const out = reporter(withMessages, { quiet: true, silent: options.quiet, color: options.color })
  if (out) process.stderr.write(`${out}\n`)
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb'
}
