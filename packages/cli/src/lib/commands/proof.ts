import { processArticles } from 'samizdat'
import { toProofJson } from '@samizdat/proof'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import { jobsFromFiles } from '../inputs.ts'
import { hasErrors, printMessages, useColor } from '../report.ts'
import type { Command } from '../command.ts'

export const proof: Command = {
  name: 'proof',
  summary: 'Proofread raw texts: suspected typos, OCR slips, doubled words, quote marks, with suggestions',
  usage: 'samizdat proof FILE… [--json]',
  options: {},
  async run(argv) {
    const { values, positionals } = parse('proof', argv, this.options)
    if (positionals.length === 0) throw new UsageError('samizdat proof: expected at least one FILE', 'samizdat proof --help')
    const jobs = await jobsFromFiles(positionals)
    const files = (await processArticles(jobs)).map((p) => p.file)
    if (values.json) {
      process.stdout.write(`${JSON.stringify(toProofJson(files), null, 2)}\n`)
    } else {
      printMessages(files, { quiet: Boolean(values.quiet), color: useColor(process.stderr) })
    }
    return hasErrors(files) ? exitCodes.content : exitCodes.ok
  },
}
