import { basename } from 'node:path'
import { buildBook } from '@samizdat/book'
import { version } from '@samizdat/core'
import { writeArticleMarkdown } from '@samizdat/markdown'
import { processArticles, writeOutputs } from 'samizdat'
import { jobsFromFiles } from '../inputs.ts'
import type { VFile } from 'vfile'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import { hasErrors, printMessages, useColor } from '../report.ts'
import type { Command } from '../command.ts'

const encoder = new TextEncoder()

/** `name.txt` → `name` (also `page.html.gz` → `page`). */
const stemOf = (path: string) => basename(path).replace(/(\.[a-z0-9]+)+$/i, '')

export const clean: Command = {
  name: 'clean',
  summary: 'Clean raw texts: site furniture out, structure, metadata and notes in; Markdown out',
  usage: 'samizdat clean FILE… [--out DIR] [--report FILE.json]',
  options: {
    out: { type: 'string', short: 'o', description: 'write DIR/<name>.md per input (default with one file: stdout)' },
    report: { type: 'string', description: 'write the removal record and metadata found to this JSON file' },
  },
  async run(argv) {
    const { values, positionals } = parse('clean', argv, this.options)
    if (positionals.length === 0) throw new UsageError('samizdat clean: expected at least one FILE', 'samizdat clean --help')
    const out = values.out as string | undefined
    if (positionals.length > 1 && !out) {
      throw new UsageError('samizdat clean: several files need --out DIR', 'samizdat clean FILE… --out DIR')
    }
    const jobs = await jobsFromFiles(positionals)
    const files: VFile[] = []
    const outputs = new Map<string, Uint8Array>()
    const records: unknown[] = []
    const processed = await processArticles(jobs)
    for (const [i, input] of jobs.entries()) {
      const { entry } = input
      const { file, tree, failed } = processed[i]!
      files.push(file)
      // An article that could not be made gets its messages, not an empty page.
      if (failed) continue
      const book = buildBook({ title: '', language: 'en', date: '' }, [{ entry, file, tree, path: input.path, format: input.format }], {
        software: `samizdat ${version}`,
        buildDate: '',
      })
      const markdown = writeArticleMarkdown(book.articles[0]!)
      if (out) outputs.set(`${stemOf(input.path)}.md`, encoder.encode(markdown))
      else process.stdout.write(markdown)
      records.push({
        path: input.path,
        meta: file.data.meta ?? {},
        findings: file.data.findings ?? [],
        removals: file.data.removals ?? [],
        changes: file.data.changes ?? [],
      })
    }
    if (out) await writeOutputs(outputs, out)
    if (values.report) {
      await writeOutputs(new Map([[basename(values.report as string), encoder.encode(`${JSON.stringify(records, null, 2)}\n`)]]), dirnameOf(values.report as string))
    }
    printMessages(files, { quiet: Boolean(values.quiet), color: useColor(process.stderr) })
    return hasErrors(files) ? exitCodes.content : exitCodes.ok
  },
}

function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i)
}
