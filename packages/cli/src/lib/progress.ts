/**
 * Progress on a terminal: one line, rewritten in place, on stderr. Silent
 * when stderr is not a terminal (piped, CI) or with --quiet.
 */
export class Progress {
  readonly #active: boolean
  #shown = false

  constructor(quiet: boolean, stream: NodeJS.WriteStream = process.stderr) {
    this.#active = !quiet && Boolean(stream.isTTY) && process.env.TERM !== 'dumb'
  }

  article = (done: number, total: number, path: string): void => {
    this.#show(`articles ${done}/${total}  ${path}`)
  }

  format = (name: string): void => {
    this.#show(`writing ${name}`)
  }

  #show(text: string): void {
    if (!this.#active) return
    const width = process.stderr.columns ?? 80
    process.stderr.write(`\r\x1b[2K${text.slice(0, width - 1)}`)
    this.#shown = true
  }

  /** Clears the line before other output. */
  done(): void {
    if (this.#shown) process.stderr.write('\r\x1b[2K')
    this.#shown = false
  }
}
