import type { Command } from './command.ts'

const exitCodeHelp = `Exit codes:
  0  success
  1  content errors (an article has errors; see the messages)
  2  usage error (unknown command or option, missing argument)
  3  input or output problem (missing or unreadable file, bad manifest, unwritable folder)
  4  a tool the command needs is not installed
  70 internal error (a bug: please report it)
`

export function mainHelp(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return `samizdat — raw web-page texts in, publication-grade anthologies out

Usage: samizdat <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options for every command:
  -h, --help     show help for the command
  -q, --quiet    print errors only
      --json     machine-readable output on stdout
  -v, --version  print the version

${exitCodeHelp}
Run \`samizdat <command> --help\` for a command's options.
`
}

export function commandHelp(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? name.toUpperCase()}` : ''}`
    return [flag, spec.description] as const
  })
  rows.push(['-q, --quiet', 'print errors only'], ['    --json', 'machine-readable output on stdout'], ['-h, --help', 'show this help'])
  const width = Math.max(...rows.map(([f]) => f.length))
  return `${command.summary}

Usage: ${command.usage}

Options:
${rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join('\n')}

${exitCodeHelp}`
}
