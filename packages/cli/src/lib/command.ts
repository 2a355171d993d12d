import type { ParseArgsConfig } from 'node:util'

type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { description: string; value?: string }

/** One `samizdat` subcommand: its help text and its run function (returns the exit code). */
export interface Command {
  name: string
  summary: string
  usage: string
  options: Record<string, OptionSpec>
  run(this: Command, argv: string[]): Promise<number>
}
