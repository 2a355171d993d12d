import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { pageSizes, type PageSize } from '@samizdat/core'
import { buildPrint, describePrintFile, pageFormat, type Engine } from '@samizdat/print'
import { SamizdatError, buildAnthology, loadProject, writeOutputs } from 'samizdat'
import { join } from 'node:path'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import { hasErrors, printMessages, useColor } from '../report.ts'
import type { Command } from '../command.ts'

const engines: Engine[] = ['chromium', 'weasyprint']

/** The engine's executable is on this machine, or a one-line error with the install command (exit 4). */
function requireEngine(engine: Engine, chromiumPath: string): void {
  const here = engine === 'chromium' ? existsSync(chromiumPath) : spawnSync('weasyprint', ['--version']).status === 0
  if (!here) {
    throw new SamizdatError(
      `${engine === 'chromium' ? chromiumPath : 'weasyprint'}: not installed, expected the PDF engine (apt-get install -y ${engine})`,
      exitCodes.tool,
    )
  }
}

export const pdf: Command = {
  name: 'pdf',
  summary: 'Render the print edition to PDF with a real browser (or WeasyPrint); booklets and per-article zines',
  usage: 'samizdat pdf [--config FILE] [--out DIR] [--engine chromium|weasyprint] [--page-size SIZE] [--booklet] [--per-article]',
  options: {
    config: { type: 'string', short: 'c', default: 'sources/anthology.yaml', description: 'the manifest (default: sources/anthology.yaml)' },
    out: { type: 'string', short: 'o', default: 'output', description: 'folder to write into (default: output)' },
    engine: { type: 'string', short: 'e', default: 'chromium', description: 'chromium (with Paged.js, default) or weasyprint' },
    'page-size': { type: 'string', value: 'SIZE', description: `${pageSizes.join(', ')} (default: the manifest's, else a5)` },
    booklet: { type: 'boolean', description: 'also write anthology-booklet.pdf: saddle-stitch imposition for duplex printing' },
    'per-article': { type: 'boolean', description: 'also write zines/<id>.pdf and zines/<id>-booklet.pdf for each article' },
    'no-cache': { type: 'boolean', description: 'process every article afresh' },
  },
  async run(argv) {
    const { values } = parse('pdf', argv, this.options)
    const engine = values.engine as Engine
    if (!engines.includes(engine)) throw new UsageError(`samizdat pdf: unknown engine \`${engine}\`, expected chromium or weasyprint`, 'samizdat pdf --help')
    const size = values['page-size'] as string | undefined
    if (size && !(pageSizes as readonly string[]).includes(size)) {
      throw new UsageError(`samizdat pdf: unknown page size \`${size}\`, expected one of ${pageSizes.join(', ')}`, 'samizdat pdf --help')
    }
    const chromiumPath = process.env.SAMIZDAT_CHROMIUM ?? '/usr/bin/chromium'
    requireEngine(engine, chromiumPath)
    const out = values.out as string
    const project = await loadProject(values.config as string)
    const result = await buildAnthology(project, {
      formats: [],
      ...(values['no-cache'] ? {} : { cacheDir: join(out, '.cache') }),
    })
    const print = await buildPrint(result.book, {
      engine,
      chromiumPath,
      ...(size ? { pageSize: size as PageSize } : {}),
      ...(values.booklet ? { booklet: true } : {}),
      ...(values['per-article'] ? { perArticle: true } : {}),
    })
    await writeOutputs(print.outputs, out)
    printMessages(result.files, { quiet: Boolean(values.quiet), color: useColor(process.stderr) })
    const sheet = pageFormat((size as PageSize | undefined) ?? result.book.meta.pageSize ?? 'a5').sheet
    if (values.json) process.stdout.write(`${JSON.stringify(print.files, null, 2)}\n`)
    else if (!values.quiet) process.stdout.write(`${print.files.map((f) => `wrote ${join(out, describePrintFile(f, sheet))}`).join('\n')}\n`)
    return hasErrors(result.files) ? exitCodes.content : exitCodes.ok
  },
}
