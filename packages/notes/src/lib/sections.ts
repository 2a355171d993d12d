import type { RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { type DefinitionStart, parseDefinitionStart } from './definitions.ts'
import type { Series } from './labels.ts'

/** One note text found in the notes section: its opening paragraph and any that continue it. */
export interface FoundDefinition {
  start: DefinitionStart
  /** Indexes into the root's children: the opening paragraph first. */
  blocks: number[]
}

export interface NotesLayout {
  /** Indexes of notes-section headings (`Notes`, `Footnote`). */
  headings: number[]
  definitions: FoundDefinition[]
}

export interface LayoutOptions {
  isHeading: (text: string) => boolean
  minHeadlessRun: number
  /** Labels of markers found in the body, by series, for checking a headless run. */
  bodyLabels: Set<string>
}

const blockText = (node: RootContent | undefined): string =>
  node && (node.type === 'paragraph' || node.type === 'heading') ? textOf(node).trim() : ''

/**
 * A paragraph that continues the note before it: prose (several words,
 * ending like a sentence) rather than a short line of site furniture.
 */
function continues(text: string, nextIsDefinition: boolean): boolean {
  if (!text || text.includes(' | ')) return false
  const words = text.split(/\s+/).length
  if (nextIsDefinition) return words >= 3
  return words >= 6 && /[.!?…’”"')\]]$/.test(text)
}

/** Collects definitions from `from` on; stops at the first block that is neither a note nor its continuation. */
function collect(
  children: RootContent[],
  from: number,
  isHeading: (text: string) => boolean,
): { definitions: FoundDefinition[]; end: number } {
  const definitions: FoundDefinition[] = []
  let i = from
  for (; i < children.length; i++) {
    const node = children[i]
    if (node?.type !== 'paragraph') break
    const text = blockText(node)
    if (isHeading(text)) break
    const start = parseDefinitionStart(text)
    if (start) {
      definitions.push({ start, blocks: [i] })
      continue
    }
    const current = definitions.at(-1)
    const next = blockText(children[i + 1])
    const nextIsDefinition = next !== '' && parseDefinitionStart(next) !== undefined
    if (current && continues(text, nextIsDefinition)) current.blocks.push(i)
    else break
  }
  return { definitions, end: i }
}

function seriesKey(series: Series, label: string): string {
  return `${series}:${label}`
}

export { seriesKey }

/**
 * Finds the notes: sections opened by a heading such as `Notes` or
 * `Footnote`, or, when there is none, a run of numbered paragraphs at the
 * end whose labels are called from the body.
 */
export function findNotes(children: RootContent[], options: LayoutOptions): NotesLayout {
  const headings: number[] = []
  const definitions: FoundDefinition[] = []
  for (let i = 0; i < children.length; i++) {
    const node = children[i]
    if (!node || (node.type !== 'paragraph' && node.type !== 'heading')) continue
    if (!options.isHeading(blockText(node))) continue
    const found = collect(children, i + 1, options.isHeading)
    if (found.definitions.length === 0) continue
    headings.push(i)
    definitions.push(...found.definitions)
    i = found.end - 1
  }
  if (definitions.length > 0) return { headings, definitions }
  return { headings, definitions: headless(children, options) }
}

/** The last run of note-like paragraphs, if it reads as notes: increasing labels, called from the body. */
function headless(children: RootContent[], options: LayoutOptions): FoundDefinition[] {
  let last = -1
  for (let i = children.length - 1; i >= 0; i--) {
    if (children[i]?.type === 'paragraph' && parseDefinitionStart(blockText(children[i]))) {
      last = i
      break
    }
  }
  if (last < 0) return []
  // Walk back to the first paragraph of the run: definitions, or prose between two of them.
  let first = last
  for (let i = last - 1; i >= 0; i--) {
    const node = children[i]
    if (node?.type !== 'paragraph') break
    const text = blockText(node)
    if (parseDefinitionStart(text)) first = i
    else if (!continues(text, true)) break
  }
  const { definitions } = collect(children, first, options.isHeading)
  if (definitions.length < options.minHeadlessRun) return []
  let previous = -1
  for (const def of definitions) {
    const n = def.start.label.number
    if (n === undefined || n <= previous) return []
    previous = n
  }
  const called = definitions.filter((d) =>
    options.bodyLabels.has(seriesKey(d.start.label.series, d.start.label.label)),
  ).length
  return called * 2 >= definitions.length ? definitions : []
}
