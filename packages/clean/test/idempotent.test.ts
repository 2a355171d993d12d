import { readText } from '@samizdat/read'
import type { Paragraph, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { cleanTree } from '../src/index.ts'

const without = (tree: Root) => JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v))

/**
 * A degenerate page: paragraphs of stop words, one paragraph of few stop
 * words among them, the first three carrying note markers. Once the notes
 * stage has turned the markers into references, those three paragraphs are
 * no longer plain text, and what is left of the page weighs differently.
 */
const text = [
  'The The',
  'The the the the the the. The the the the the the. [1]',
  'The the the the the the. The the the the the the. [2]',
  'The the the the the the. The the the the the the. Its argument number one follows. [3]',
  'The the soviet soviet revolution government. Workers revolution class class council assembly.',
  'The the the the the the. The the the the the the. Its argument number two follows.',
  'The the the the the the. The the the the the the. Its argument number three follows.',
  'Share this article',
  'The the the struggle government party. The the the the the the. Its argument number five follows.',
].join('\n\n')

/** What the notes stage does to a paragraph ending in a marker: text, then a reference. */
function referenceNotes(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') continue
    const value = node.children[0].value
    const m = /\s*\[(\d+)\]$/u.exec(value)
    if (!m) continue
    ;(node as Paragraph).children = [
      { type: 'text', value: value.slice(0, m.index) },
      { type: 'footnoteReference', identifier: m[1]!, label: m[1]! },
    ]
  }
}

describe('cleaning twice', () => {
  it('keeps the main text found the first time, after later stages reshaped paragraphs', () => {
    const { file, tree } = readText(new TextEncoder().encode(text), 'page.txt')
    const once = cleanTree(tree, file)
    expect(once.children).toHaveLength(6)
    referenceNotes(once)
    const before = without(once)
    const removals = file.data.removals?.length ?? 0
    const twice = cleanTree(once, file)
    expect(file.data.removals?.slice(removals) ?? []).toEqual([])
    expect(without(twice)).toBe(before)
  })

  it('changes nothing on a cleaned news page', () => {
    const page = [
      'Harbour strike enters third week - The Coastal Herald',
      'Home | News | Sport | Business',
      'Harbour strike enters third week',
      'By Maria Okafor',
      'The strike at the port entered its third week on Tuesday, with neither side willing to move on the question of night-shift staffing.',
      'Union officials said the port authority had not answered their latest proposal, which they sent to the board on Friday.',
      'A spokesperson for the port authority said talks would resume when the union was ready to discuss the board’s own plan.',
      'Related stories',
      'Ferry terminal approved',
      '© 2023 Coastal Herald Media Ltd. All rights reserved.',
    ].join('\n\n')
    const { file, tree } = readText(new TextEncoder().encode(page), 'page.txt')
    const once = without(cleanTree(tree, file))
    const removals = file.data.removals?.length ?? 0
    expect(without(cleanTree(tree, file))).toBe(once)
    expect(file.data.removals?.length).toBe(removals)
  })
})
