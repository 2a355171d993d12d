/**
 * A problem that stops a build or a command: its message is one line naming
 * the file (and line, where it has one) and what is wrong. The CLI prints it
 * as it is, never a stack trace.
 */
export class SamizdatError extends Error {
  constructor(
    message: string,
    /** The exit code the CLI should use: 1 content, 3 input/output, 4 a missing tool. */
    readonly exitCode: 1 | 3 | 4 = 3,
  ) {
    super(message)
    this.name = 'SamizdatError'
  }
}

/** A one-line description of a file-system error: `sources/x.txt: no such file`. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory, expected a file',
    ENOTDIR: 'a part of the path is not a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ELOOP: 'too many symbolic links',
  }
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
  return `${path}: ${reason}`
}
