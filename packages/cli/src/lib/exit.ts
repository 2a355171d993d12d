/** Exit codes: each means one thing, documented in `samizdat --help` and the README. */
export const exitCodes = {
  ok: 0,
  /** The build ran but some article has errors (a fatal message, a failed article). */
  content: 1,
  /** The command line is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** An input or output problem: a missing or unreadable file, a bad manifest, an unwritable folder. */
  io: 3,
  /** A tool the command needs is not installed (a PDF engine). */
  tool: 4,
} as const

/** A command-line mistake: printed as one line with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}
