import type { List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast'
import type { VFile } from 'vfile'
import { noteChange, snippet } from './audit.ts'
import { toHeading } from './headings.ts'
import { checkOptions } from './options.ts'
import {
  bodyText,
  bulletedItem,
  firstText,
  isParagraph,
  numberedItem,
  span,
  wordCount,
} from './text.ts'

export interface ListOptions {
  /** Fewest consecutive items that make a list (default 2): one numbered line is prose. */
  minItems?: number
  /** Most words in an item of a reading-list section (default 60). */
  maxItemWords?: number
  /** Titles of sections whose short paragraphs are items (default: further reading, see also, resources…). */
  sections?: RegExp
  /** Depth of the heading a reading-list title becomes (default 2). */
  sectionDepth?: 1 | 2 | 3 | 4 | 5 | 6
}

interface Settings {
  minItems: number
  maxItemWords: number
  sections: RegExp
  sectionDepth: 1 | 2 | 3 | 4 | 5 | 6
}

/** Section titles that announce a list of works or links, in any article. */
const defaultSections =
  /^(?:(?:further|recommended|suggested|additional|related|more) (?:reading|resources|links|sources|articles|material)|read more|see also|resources|useful links|links|bibliography|reading list|sources)$/i

/**
 * Lists flattened into paragraphs: consecutive numbered lines (`1.`, `2.`…
 * or `1)`, `2)`…, each number one more than the last), consecutive lines
 * with the same bullet (`•`, `-`, `*`, `·`…), and the short paragraphs
 * under a reading-list title such as "Further reading" (the title becomes a
 * heading). The marker leaves the text (the list carries it) and each
 * removal is recorded.
 */
export function remarkLists(options?: ListOptions | null) {
  const given = checkOptions('remarkLists', options, {
    minItems: { type: 'integer', min: 1, max: 1000 },
    maxItemWords: { type: 'integer', min: 1, max: 10_000 },
    sections: { type: 'regexp' },
    sectionDepth: { type: 'integer', min: 1, max: 6 },
  }) as ListOptions
  const settings: Settings = {
    minItems: given.minItems ?? 2,
    maxItemWords: given.maxItemWords ?? 60,
    sections: given.sections ?? defaultSections,
    sectionDepth: given.sectionDepth ?? 2,
  }
  return (tree: Root, file: VFile): void => {
    tree.children = tree.children.flatMap((node) => splitWrapped(node, file) ?? [node])
    const out: RootContent[] = []
    let i = 0
    while (i < tree.children.length) {
      const node = tree.children[i]!
      const run = markedRun(tree.children, i) ?? sectionRun(tree.children, i, settings)
      if (run && run.items.length >= settings.minItems) {
        // The title is known to head a list, so it is a heading whatever its case or colon.
        if (run.title) out.push(toHeading(run.title, file, settings.sectionDepth))
        out.push(toList(run, file))
        i += run.items.length + (run.title ? 1 : 0)
        continue
      }
      out.push(node)
      i++
    }
    tree.children = out
  }
}

interface Run {
  items: Paragraph[]
  ordered: boolean
  start?: number
  /** The marker pattern to strip from each item, when items carry one. */
  marker?: RegExp
  title?: Paragraph
}

/** Numbered or bulleted lines in a row. */
function markedRun(children: RootContent[], i: number): Run | undefined {
  const first = children[i]
  if (!isParagraph(first)) return undefined
  const text = bodyText(first)
  const number = numberedItem.exec(text)
  if (number) {
    const start = Number(number[1])
    const delimiter = number[2]!
    const items = collect(children, i, (value, k) => {
      const m = numberedItem.exec(value)
      return m !== null && Number(m[1]) === start + k && m[2] === delimiter
    })
    return { items, ordered: true, start, marker: numberedItem }
  }
  const bullet = bulletedItem.exec(text)
  if (bullet) {
    const items = collect(children, i, (value) => bulletedItem.exec(value)?.[1] === bullet[1])
    return { items, ordered: false, marker: bulletedItem }
  }
  return undefined
}

/** A reading-list title followed by short paragraphs (works, links), up to the first long one. */
function sectionRun(children: RootContent[], i: number, settings: Settings): Run | undefined {
  const title = children[i]
  if (!isParagraph(title)) return undefined
  const name = bodyText(title).replace(/\s*:$/, '')
  if (!settings.sections.test(name)) return undefined
  const items = collect(children, i + 1, (value) => {
    const words = wordCount(value)
    return words > 0 && words <= settings.maxItemWords && !settings.sections.test(value)
  })
  return { items, ordered: false, title }
}

/**
 * In a hard-wrapped text the reader joins a block's lines into one
 * paragraph, so a list set line by line arrives as one paragraph. When the
 * block's raw lines start with list markers (an item may wrap onto lines
 * without one), and the paragraph is still the reader's text, split it into
 * one paragraph per item; only when the items make a list.
 */
function splitWrapped(node: RootContent, file: VFile): Paragraph[] | undefined {
  if (!isParagraph(node) || !node.position || node.children.length !== 1) return undefined
  const text = node.children[0]
  const { start, end } = node.position
  const raw = file.data.rawLines?.slice(start.line - 1, end.line)
  if (text?.type !== 'text' || !raw || raw.length < 2) return undefined
  if (raw.map((line) => line.trim()).join(' ') !== text.value) return undefined
  const items: Paragraph[] = []
  raw.forEach((line, k) => {
    const value = line.trim()
    const last = items.at(-1)
    if (numberedItem.test(value) || bulletedItem.test(value) || !last) {
      const position = {
        start: { line: start.line + k, column: 1 },
        end: { line: start.line + k, column: line.length + 1 },
      }
      items.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position })
    } else {
      const child = last.children[0] as Text
      child.value += ` ${value}`
      const position = {
        start: last.position!.start,
        end: { line: start.line + k, column: line.length + 1 },
      }
      child.position = position
      last.position = position
    }
  })
  if (items.length < 2) return undefined
  const run = markedRun(items, 0)
  return run && run.items.length === items.length ? items : undefined
}

function collect(
  children: RootContent[],
  from: number,
  test: (text: string, k: number) => boolean,
): Paragraph[] {
  const items: Paragraph[] = []
  for (let k = from; k < children.length; k++) {
    const node = children[k]
    if (!isParagraph(node) || !test(bodyText(node), k - from)) break
    items.push(node)
  }
  return items
}

function toList(run: Run, file: VFile): List {
  const children: ListItem[] = run.items.map((paragraph) => {
    const text = firstText(paragraph)
    if (run.marker && text) {
      const before = text.value.trimStart()
      const after = before.replace(run.marker, '')
      if (after !== before) {
        text.value = after
        const marker = before.slice(0, before.length - after.length).trim()
        noteChange(
          file,
          'list',
          `Turned a line marked \`${marker}\` into a list item (the list carries the marker)`,
          { line: paragraph.position?.start.line, find: marker },
          snippet(before),
          snippet(after, false, Math.max(1, 3 - marker.split(/\s+/).length)),
        )
      }
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] }
    if (paragraph.position) item.position = paragraph.position
    return item
  })
  const list: List = { type: 'list', ordered: run.ordered, spread: false, children }
  if (run.ordered && run.start !== undefined) list.start = run.start
  const position = span(run.items[0]!, run.items.at(-1)!)
  if (position) list.position = position
  return list
}
