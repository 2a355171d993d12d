import { join } from 'node:path'
import { buildAnthology, formats, loadProject, writeOutputs, type Format } from 'samizdat'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import { hasErrors, printMessages, useColor } from '../report.ts'
import type { Command } from '../command.ts'

export const build: Command = {
  name: 'build',
  summary: 'Build the anthology (EPUB, print HTML, Markdown, works cited) from a manifest',
  usage: 'samizdat build [--config FILE] [--out DIR] [--format epub,html,md]',
  options: {
    config: { type: 'string', short: 'c', default: 'sources/anthology.yaml', description: 'the manifest (default: sources/anthology.yaml)' },
    out: { type: 'string', short: 'o', default: 'output', description: 'folder to write into (default: output)' },
    format: { type: 'string', short: 'f', description: `formats to write, comma-separated (default: ${formats.join(',')})` },
    'no-cache': { type: 'boolean', description: 'process every article afresh (the cache lives in OUT/.cache)' },
  },
  async run(argv) {
    const { values } = parse('build', argv, this.options)
    const wanted = parseFormats(values.format as string | undefined)
    const project = await loadProject(values.config as string)
    const out = values.out as string
    const result = await buildAnthology(project, {
      ...(wanted ? { formats: wanted } : {}),
      ...(values['no-cache'] ? {} : { cacheDir: join(out, '.cache') }),
    })
    const written = await writeOutputs(result.outputs, out)
    printMessages(result.files, { quiet: Boolean(values.quiet), color: useColor(process.stderr) })
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ written, articles: result.book.articles.length }, null, 2)}\n`)
    } else if (!values.quiet) {
      process.stdout.write(`${written.map((w) => `wrote ${w}`).join('\n')}\n`)
    }
    return hasErrors(result.files) ? exitCodes.content : exitCodes.ok
  },
}

function parseFormats(value: string | undefined): Format[] | undefined {
  if (!value) return undefined
  const list = value.split(',').map((f) => f.trim())
  for (const f of list) {
    if (!(formats as readonly string[]).includes(f)) {
      throw new UsageError(`samizdat build: unknown format \`${f}\`, expected one of ${formats.join(', ')}`, 'samizdat build --help')
    }
  }
  return list as Format[]
}
