import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SamizdatError, describeFsError } from 'samizdat'
import { parse } from '../args.ts'
import { exitCodes, UsageError } from '../exit.ts'
import type { Command } from '../command.ts'

/** The manifest `init` writes: every field present and explained, most of them commented out. */
export function starterManifest(title: string, date: string): string {
  return `# samizdat manifest: the book's metadata and its articles.
# Paths are relative to this file's folder. Build with:
#   samizdat build --config anthology.yaml --out output

# The book's title (required).
title: ${JSON.stringify(title)}
# A subtitle, printed under the title.
# subtitle: Essays on …
# Who edited the anthology; printed on the title page.
# editor: Your Name
# The language of the texts, as a BCP 47 tag: en, en-GB, en-US, de, … (required).
language: en
# The edition's date, YYYY-MM-DD (required). It is also the build date in the
# colophon, so two builds of the same sources give the same bytes.
date: ${date}
# Rights statement for the edition. "All rights reserved" appears only if you write it.
# rights: Each essay remains under the rights of its author and first publisher.
# A licence for the selection, e.g. CC BY-NC 4.0.
# licence: CC BY-NC 4.0
# The publisher's name, if any.
# publisher: Your Press
# A note from the editor, printed before the first article.
# editorsNote: >-
#   Why these texts, and why now.
# Print page size: a5 (default), a4, letter or half-letter.
pageSize: a5
# The folder of errata files: one YAML file per source, named after it
# (sources/errata/my-essay.yaml for sources/my-essay.txt), each entry
#   - find: "teh"        # the exact text to change
#     replace: "the"
#     reason: "typo"
#     count: 1           # how many times it must match (default 1)
errata: sources/errata
# Where the raw texts are. Until you list articles below, every .txt, .html
# and .md file in this folder is an article, in file-name order.
sources: sources
# List the articles to choose their order and override what the pipeline finds.
# Once this list exists, a source in the folder that is not listed is reported.
# articles:
#   - source: sources/my-essay.txt   # the raw text (required)
#     id: my-essay                   # anthology-unique slug (default: the file name)
#     format: txt                    # txt, html or md (default: by extension)
#     title: The Essay's Title       # overrides, all optional:
#     subtitle: …
#     author: Jane Doe               # one name or a list
#     date: 1977-11                  # YYYY, YYYY-MM or YYYY-MM-DD
#     publication: International Socialism
#     issue: No. 103
#     url: https://example.org/essay.html
#     rights: …
#     credits: ["Transcribed by …"]
#     keep: ["First words of a block the cleaner removed but you want"]
#     drop: ["First words of a block the cleaner kept but you don't want"]
`
}

export const init: Command = {
  name: 'init',
  summary: 'Create a new anthology project: a commented anthology.yaml, sources/, sources/errata/',
  usage: 'samizdat init DIR [--title TITLE]',
  options: {
    title: { type: 'string', description: 'the book title to start with (default: the folder name)' },
  },
  async run(argv) {
    const { values, positionals } = parse('init', argv, this.options)
    const dir = positionals[0]
    if (!dir || positionals.length > 1) throw new UsageError('samizdat init: expected one DIR', 'samizdat init my-anthology')
    const existing = await readdir(dir).catch(() => [] as string[])
    if (existing.includes('anthology.yaml')) {
      throw new SamizdatError(`${join(dir, 'anthology.yaml')}: already exists, not overwritten`)
    }
    const title = (values.title as string | undefined) ?? (dir.replace(/\/+$/, '').split('/').pop() || 'Anthology')
    // The starter date is today's: the one place a clock is read, and it is written down.
    const date = new Date().toISOString().slice(0, 10)
    try {
      await mkdir(join(dir, 'sources', 'errata'), { recursive: true })
      await writeFile(join(dir, 'anthology.yaml'), starterManifest(title, date))
      await writeFile(
        join(dir, 'sources', 'README.md'),
        'Put the raw texts here: web pages pasted into .txt files, saved pages (.html), or Markdown (.md), exactly as received. Never edit them; corrections go in errata/.\n',
      )
      await writeFile(
        join(dir, 'sources', 'errata', 'README.md'),
        'One YAML file per source, named after it (my-essay.yaml for my-essay.txt): a list of { find, replace, reason, count } entries. Each must match exactly as stated, or the build fails.\n',
      )
    } catch (error) {
      throw new SamizdatError(describeFsError(dir, error))
    }
    if (!values.quiet) {
      process.stdout.write(
        `created ${join(dir, 'anthology.yaml')}, ${join(dir, 'sources')}/ and ${join(dir, 'sources', 'errata')}/\n` +
          `next: put raw .txt files into ${join(dir, 'sources')}/, then run\n` +
          `  samizdat build --config ${join(dir, 'anthology.yaml')} --out ${join(dir, 'output')}\n`,
      )
    }
    return exitCodes.ok
  },
}
