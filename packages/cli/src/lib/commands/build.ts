import { dirname, join, resolve } from 'node:path'
import { buildAnthology, formats, loadProject, writeOutputs, type Format } from 'samizdat'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import { hasErrors, printMessages, useColor } from '../report.ts'
import type { Command } from '../command.ts'
import { Progress } from '../progress.ts'
import { watchPaths } from '../watch.ts'

export const build: Command = {
  name: 'build',
  summary: 'Build the anthology (EPUB, print HTML, Markdown, works cited) from a manifest',
  usage: 'samizdat build [--config FILE] [--out DIR] [--format epub,html,md]',
  options: {
    config: { type: 'string', short: 'c', default: 'sources/anthology.yaml', description: 'the manifest (default: sources/anthology.yaml)' },
    out: { type: 'string', short: 'o', default: 'output', description: 'folder to write into (default: output)' },
    format: { type: 'string', short: 'f', description: `formats to write, comma-separated (default: ${formats.join(',')})` },
    'no-cache': { type: 'boolean', description: 'process every article afresh (the cache lives in OUT/.cache)' },
    watch: { type: 'boolean', short: 'w', description: 'rebuild whenever a source, an errata file or the manifest changes (Ctrl-C stops)' },
  },
  async run(argv) {
    const { values } = parse('build', argv, this.options)
    const wanted = parseFormats(values.format as string | undefined)
    const config = values.config as string
    const out = values.out as string
    const quiet = Boolean(values.quiet)
    const once = async (): Promise<number> => {
      const progress = new Progress(quiet)
      const project = await loadProject(config)
      const result = await buildAnthology(project, {
        ...(wanted ? { formats: wanted } : {}),
        ...(values['no-cache'] ? {} : { cacheDir: join(out, '.cache') }),
        onArticle: progress.article,
        onFormat: progress.format,
        // The books are written from each article's rendered parts as streams: no tree and
        // no whole book needs to stay in memory.
        trees: false,
        stream: true,
      })
      const written = await writeOutputs(result.outputs, out)
      progress.done()
      printMessages(result.files, { quiet, color: useColor(process.stderr) })
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ written, articles: result.book.articles.length }, null, 2)}\n`)
      } else if (!quiet) {
        process.stdout.write(`${written.map((w) => `wrote ${w}`).join('\n')}\n`)
      }
      return hasErrors(result.files) ? exitCodes.content : exitCodes.ok
    }
    if (!values.watch) return once()
    return watchBuild(config, out, once)
  },
}

/** Builds, then rebuilds on every change until interrupted; a failed rebuild is reported and waited out. */
async function watchBuild(config: string, out: string, once: () => Promise<number>): Promise<number> {
  const waiting = () => process.stderr.write('watching for changes (Ctrl-C to stop)\n')
  const attempt = async () => {
    try {
      await once()
    } catch (error) {
      process.stderr.write(`samizdat: ${(error as Error).message.split('\n')[0]}\n`)
    }
  }
  await attempt()
  const project = await loadProject(config).catch(() => undefined)
  const paths = [config, dirname(config), ...(project ? [resolve(project.root, project.manifest.errata ?? 'errata')] : [])]
  // The build's own writes must not wake it again.
  const outDir = resolve(out)
  const stop = watchPaths(
    paths,
    async () => {
      await attempt()
      waiting()
    },
    { ignore: (p) => p === outDir || p.startsWith(`${outDir}/`) || p.endsWith('.tmp') },
  )
  waiting()
  await new Promise<void>((done) => {
    const finish = () => {
      stop()
      done()
    }
    process.once('SIGINT', finish)
    process.once('SIGTERM', finish)
  })
  return exitCodes.ok
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
