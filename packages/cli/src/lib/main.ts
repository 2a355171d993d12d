import { ManifestError, version } from '@samizdat/core'
import { SamizdatError } from 'samizdat'
import { build } from './commands/build.ts'
import { clean } from './commands/clean.ts'
import { init } from './commands/init.ts'
import { pdf } from './commands/pdf.ts'
import { proof } from './commands/proof.ts'
import type { Command } from './command.ts'
import { exitCodes, UsageError } from './exit.ts'
import { commandHelp, mainHelp } from './help.ts'

export const commands: Command[] = [build, clean, proof, pdf, init]

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(mainHelp(commands))
      return name ? exitCodes.ok : exitCodes.usage
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`samizdat ${version}\n`)
      return exitCodes.ok
    }
    const command = commands.find((c) => c.name === name)
    if (!command) {
      const near = commands.find((c) => c.name.startsWith(name.slice(0, 2)))
      throw new UsageError(`samizdat: unknown command \`${name}\``, near ? `did you mean \`samizdat ${near.name}\`? (samizdat --help lists every command)` : 'samizdat --help lists every command')
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(commandHelp(command))
      return exitCodes.ok
    }
    return await command.run(rest)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`)
      return exitCodes.usage
    }
    if (error instanceof SamizdatError) {
      process.stderr.write(`samizdat: ${error.message}\n`)
      return error.exitCode
    }
    if (error instanceof ManifestError) {
      process.stderr.write(`samizdat: ${error.message}\n`)
      return exitCodes.io
    }
    // A bug, not bad input: still one line, and the way to see more.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`samizdat: internal error: ${message} (set SAMIZDAT_DEBUG=1 for the stack)\n`)
    if (process.env.SAMIZDAT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return 70
  }
}
