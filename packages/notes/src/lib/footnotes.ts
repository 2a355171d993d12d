import { recordChange, recordRemoval } from '@samizdat/core'
import type {
  FootnoteDefinition,
  FootnoteReference,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { headingMatcher } from './definitions.ts'
import { identifierOf } from './labels.ts'
import { findMarkers, type MarkerCandidate } from './markers.ts'
import { checkNumbering } from './numbering.ts'
import { pointAt } from './place.ts'
import { type FoundDefinition, findNotes, seriesKey } from './sections.ts'
import { stripTitleMarker } from './title.ts'

export interface FootnotesOptions {
  /** More names for a notes-section heading, besides Notes, Footnotes, Endnotes, References. */
  headings?: string[]
  /** Fewest numbered paragraphs at the end read as notes when there is no heading (default 2). */
  minHeadlessRun?: number
}

export function validateFootnotesOptions(
  options: FootnotesOptions | undefined,
): Required<FootnotesOptions> {
  const o = options ?? {}
  if (typeof o !== 'object' || Array.isArray(o))
    throw new TypeError('remarkFootnotes: options must be an object')
  for (const key of Object.keys(o)) {
    if (key !== 'headings' && key !== 'minHeadlessRun') {
      throw new TypeError(
        `remarkFootnotes: unknown option \`${key}\`, expected headings or minHeadlessRun`,
      )
    }
  }
  if (
    o.headings !== undefined &&
    (!Array.isArray(o.headings) || o.headings.some((h) => typeof h !== 'string' || !h.trim()))
  ) {
    throw new TypeError('remarkFootnotes: `headings` must be an array of non-empty strings')
  }
  const min = o.minHeadlessRun ?? 2
  if (!Number.isInteger(min) || min < 1) {
    throw new TypeError(
      `remarkFootnotes: \`minHeadlessRun\` must be a positive integer, got ${String(min)}`,
    )
  }
  return { headings: o.headings ?? [], minHeadlessRun: min }
}

/** Definitions by series-qualified label: the first is the one markers link to. */
type DefinitionIndex = Map<string, { identifier: string; label: string }[]>

/**
 * Note markers → `footnoteReference`, note texts → `footnoteDefinition`
 * appended at the end of the root in source order. A marker without a note
 * stays text; a note without a marker still becomes a definition; both are
 * reported with their line.
 */
export function remarkFootnotes(options?: FootnotesOptions) {
  const settings = validateFootnotesOptions(options)
  const isHeading = headingMatcher(settings.headings)
  return (tree: Root, file: VFile): void => {
    const children = tree.children
    const bodyLabels = new Set<string>()
    for (const node of children) {
      if (node.type !== 'paragraph' && node.type !== 'heading') continue
      for (const m of findMarkers(textOf(node)))
        bodyLabels.add(seriesKey(m.label.series, m.label.label))
    }
    const layout = findNotes(children, {
      isHeading,
      minHeadlessRun: settings.minHeadlessRun,
      bodyLabels,
    })
    const inNotes = new Set<number>(layout.headings)
    for (const def of layout.definitions) for (const b of def.blocks) inNotes.add(b)

    const index: DefinitionIndex = new Map()
    const used = new Set<string>()
    const definitions = layout.definitions.map((found) => {
      const { label } = found.start
      const key = seriesKey(label.series, label.label)
      const same = index.get(key) ?? []
      const base = identifierOf(label.label)
      const identifier = same.length === 0 ? base : `${base}-${same.length + 1}`
      same.push({ identifier, label: label.label })
      index.set(key, same)
      return toDefinition(found, children, identifier, label.label)
    })

    const titleLabels = stripTitleMarker(file, index)
    for (const key of titleLabels) used.add(key)

    const called = new Map<string, number>()
    children.forEach((node, i) => {
      if (inNotes.has(i) || (node.type !== 'paragraph' && node.type !== 'heading')) return
      node.children = linkMarkers(node.children, file, index, called)
    })
    for (const key of called.keys()) used.add(key)

    reportDefinitions(file, layout.definitions, definitions, index, used)
    checkNumbering(file, layout.definitions, definitions)

    for (const i of layout.headings) {
      const node = children[i]!
      const position = node.position
      recordRemoval(file, {
        ruleId: 'notes:section-heading',
        reason: 'Notes-section heading: the notes became footnotes',
        line: position?.start.line ?? 0,
        endLine: position?.end.line ?? 0,
        text: textOf(node),
      })
    }
    tree.children = children.filter((_, i) => !inNotes.has(i))
    tree.children.push(...definitions)
  }
}

function toDefinition(
  found: FoundDefinition,
  children: RootContent[],
  identifier: string,
  label: string,
): FootnoteDefinition {
  const paragraphs: Paragraph[] = found.blocks.map((i, n) => {
    const block = children[i] as Paragraph
    if (n > 0) return block
    return { ...block, children: dropPrefix(block.children, found.start.offset) }
  })
  const first = children[found.blocks[0]!]
  const last = children[found.blocks.at(-1)!]
  const definition: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier,
    label,
    children: paragraphs,
  }
  if (first?.position && last?.position)
    definition.position = { start: first.position.start, end: last.position.end }
  return definition
}

/** Removes the label prefix (`13. `) from the start of a paragraph's content. */
function dropPrefix(content: PhrasingContent[], length: number): PhrasingContent[] {
  const [head, ...rest] = content
  if (head?.type !== 'text') return content
  const text: Text = { type: 'text', value: head.value.slice(length) }
  if (head.position) {
    const start = { line: head.position.start.line, column: head.position.start.column + length }
    text.position = { start, end: head.position.end }
  }
  return [text, ...rest]
}

function linkMarkers(
  content: PhrasingContent[],
  file: VFile,
  index: DefinitionIndex,
  called: Map<string, number>,
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of content) {
    if (node.type !== 'text') {
      if ('children' in node && Array.isArray(node.children)) {
        node.children = linkMarkers(
          node.children as PhrasingContent[],
          file,
          index,
          called,
        ) as typeof node.children
      }
      out.push(node)
      continue
    }
    out.push(...splitText(node, file, index, called))
  }
  return out
}

/** The markers to act on: bracketed ones always; other forms only where a note has their label. */
function accepted(candidates: MarkerCandidate[], index: DefinitionIndex): MarkerCandidate[] {
  return candidates.filter((m) => m.strong || index.has(seriesKey(m.label.series, m.label.label)))
}

function splitText(
  node: Text,
  file: VFile,
  index: DefinitionIndex,
  called: Map<string, number>,
): PhrasingContent[] {
  const markers = accepted(findMarkers(node.value), index)
  if (markers.length === 0) return [node]
  const out: PhrasingContent[] = []
  let cursor = 0
  const piece = (from: number, to: number) => {
    if (to <= from) return
    const text: Text = { type: 'text', value: node.value.slice(from, to) }
    const start = pointAt(file, node, from)
    const end = pointAt(file, node, to)
    if (start && end) text.position = { start, end }
    out.push(text)
  }
  for (const marker of markers) {
    const key = seriesKey(marker.label.series, marker.label.label)
    const target = index.get(key)?.[0]
    const place = pointAt(file, node, marker.start)
    if (!target) {
      const message = file.message(
        `Unexpected note marker \`${marker.raw}\` without a note, expected a note labelled \`${marker.label.label}\``,
        { ...(place ? { place } : {}), ruleId: 'missing-definition', source: 'notes' },
      )
      message.actual = marker.raw
      continue
    }
    // The marker hangs on the word or punctuation before it: drop the space.
    let before = marker.start
    while (before > cursor && /[ \t\u00a0]/.test(node.value[before - 1]!)) before--
    if (before === 0) before = marker.start
    piece(cursor, before)
    const reference: FootnoteReference = {
      type: 'footnoteReference',
      identifier: target.identifier,
      label: target.label,
    }
    const endPoint = pointAt(file, node, marker.end)
    if (place && endPoint) reference.position = { start: place, end: endPoint }
    out.push(reference)
    const count = (called.get(key) ?? 0) + 1
    called.set(key, count)
    if (count > 1) {
      file.message(
        `Unexpected second call of note \`${marker.label.label}\`, expected each note to be called once`,
        {
          ...(place ? { place } : {}),
          ruleId: 'duplicate-marker',
          source: 'notes',
        },
      )
    }
    recordChange(file, {
      ruleId: 'notes:marker',
      reason: 'Note marker linked to its note',
      ...(place ? { line: place.line, column: place.column } : {}),
      actual: node.value.slice(before, marker.end),
      expected: `[^${target.identifier}]`,
    })
    cursor = marker.end
  }
  piece(cursor, node.value.length)
  return out
}

function reportDefinitions(
  file: VFile,
  found: FoundDefinition[],
  definitions: FootnoteDefinition[],
  index: DefinitionIndex,
  used: Set<string>,
): void {
  found.forEach((f, n) => {
    const { label } = f.start
    const key = seriesKey(label.series, label.label)
    const place = definitions[n]?.position?.start
    const at = place ? { place } : {}
    const first = index.get(key)?.[0]
    if (first && definitions[n]?.identifier !== first.identifier) {
      file.message(
        `Unexpected second note labelled \`${label.label}\`, expected one note per label`,
        {
          ...at,
          ruleId: 'duplicate-definition',
          source: 'notes',
        },
      )
      return
    }
    if (!used.has(key)) {
      file.message(
        `Unexpected note \`${label.label}\` that no marker calls, expected a marker \`[${label.label}]\` in the text`,
        {
          ...at,
          ruleId: 'missing-marker',
          source: 'notes',
        },
      )
    }
  })
}
