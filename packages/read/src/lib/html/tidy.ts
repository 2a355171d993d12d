import { metaOf, recordRemoval } from '@samizdat/core'
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import type { VFile } from 'vfile'

/**
 * Last touches on the article's mdast: the title is metadata, so a heading
 * (or lone strong paragraph) at the top that repeats it goes; headings left
 * with nothing under them at the end (a "Notes" heading whose notes became
 * footnotes) and closing rules go too. Each removal is recorded.
 */
function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function remove(file: VFile, node: RootContent, ruleId: string, reason: string): void {
  const text = mdastToString(node)
  const line = node.position?.start.line
  if (line !== undefined && text) {
    recordRemoval(file, { ruleId, reason, line, endLine: node.position?.end.line ?? line, text })
  }
}

/**
 * Blocks the converter built around loose text (a paragraph for the words of
 * a `<div>`) have no position of their own: they take their content's, so
 * every block can be pointed at in the saved page.
 */
function fillPositions(node: Nodes): Position | undefined {
  if (!('children' in node)) return node.position
  let start: Position['start'] | undefined
  let end: Position['end'] | undefined
  for (const child of node.children) {
    const position = fillPositions(child)
    if (!position) continue
    start ??= position.start
    end = position.end
  }
  if (!node.position && start && end) node.position = { start, end }
  return node.position
}

// `Source: …` / `Transcription: …`: a line that opens with a short label and a colon.
const fieldLine = /^\p{L}[\p{L}\p{N} /&.’'-]{0,40}:\s/u

/**
 * A paragraph of `Label: value` lines joined by `<br>` is a list of fields
 * (an archive's source and transcription notes), not prose: each line becomes
 * a paragraph, as it would be in a pasted text, so the metadata filters see
 * one field at a time. Verse and addresses, whose lines are not labelled, stay.
 */
function splitFieldLines(parent: Parent): void {
  parent.children = parent.children.flatMap((node) => {
    if ('children' in node && node.type !== 'paragraph') splitFieldLines(node)
    if (node.type !== 'paragraph' || !node.children.some((child) => child.type === 'break'))
      return [node]
    const lines: PhrasingContent[][] = [[]]
    for (const child of node.children) {
      if (child.type === 'break') lines.push([])
      else lines.at(-1)!.push(child)
    }
    const texts = lines.map((line) =>
      line
        .map((child) => mdastToString(child))
        .join('')
        .trim(),
    )
    if (lines.length < 2 || !texts.every((text) => fieldLine.test(text))) return [node]
    return lines.map((children): Paragraph => {
      const first = children[0]
      if (first?.type === 'text') first.value = first.value.trimStart()
      const last = children.at(-1)
      if (last?.type === 'text') last.value = last.value.trimEnd()
      const paragraph: Paragraph = { type: 'paragraph', children }
      const start = children.find((child) => child.position)?.position?.start
      const end = children.findLast((child) => child.position)?.position?.end
      if (start && end) paragraph.position = { start, end }
      return paragraph
    })
  }) as typeof parent.children
}

export function tidyArticle(file: VFile, tree: Root): void {
  splitFieldLines(tree)
  fillPositions(tree)
  const title = metaOf(file).title
  const body = tree.children
  // The title sits among the first few blocks (after a kicker or a breadcrumb line at most).
  if (title) {
    const wanted = normal(title)
    // A heading, or a paragraph styled as one (Word's `MsoTitle`), that says the title and nothing else.
    const index = body
      .slice(0, 3)
      .findIndex(
        (node) =>
          (node.type === 'heading' || node.type === 'paragraph') &&
          normal(mdastToString(node)) === wanted,
      )
    if (index >= 0) {
      remove(file, body[index]!, 'read:html-title', 'Title printed again at the top of the article')
      body.splice(index, 1)
    }
  }
  // Rules that divided the page's parts divide nothing at the edges of the text, or twice over.
  for (let i = body.length - 1; i >= 0; i--) {
    const previous = body[i - 1]
    if (body[i]?.type === 'thematicBreak' && (i === 0 || previous?.type === 'thematicBreak'))
      body.splice(i, 1)
  }
  for (;;) {
    const lastBody = body.findLastIndex((node) => node.type !== 'footnoteDefinition')
    const last = body[lastBody]
    if (!last) break
    if (last.type === 'heading') {
      remove(
        file,
        last,
        'read:html-empty-section',
        'Heading with nothing under it at the end of the article',
      )
    } else if (last.type !== 'thematicBreak') {
      break
    }
    body.splice(lastBody, 1)
  }
}
