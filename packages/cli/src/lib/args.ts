import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './exit.ts'

export type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command takes. */
export const commonOptions: Options = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
}

/**
 * `node:util` parseArgs, with its errors turned into one-line usage errors
 * that name the command and point at its help.
 */
export function parse(command: string, argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals: true, strict: true })
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')
    throw new UsageError(`samizdat ${command}: ${message}`, `samizdat ${command} --help`)
  }
}
