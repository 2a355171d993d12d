import type { BookMeta } from '@samizdat/core'
import type { Element as XastElement } from 'xast'
import { x } from 'xastscript'
import { xmlDocument } from './xml.ts'

const width = 1600
const height = 2400
const margin = 160
/** Height of the coloured band that holds title and subtitle. */
const band = 1640
/** Average advance of a serif glyph, in ems: a safe guess without font metrics. */
const advance = { regular: 0.5, bold: 0.56 }

/** Greedy word wrap by estimated width; a word longer than a line gets a line of its own. */
export function wrap(text: string, fontSize: number, em: number, maxWidth: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * em)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length > perLine && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** The largest size, from `max` down, at which the text fits in `maxLines`. */
function fit(
  text: string,
  max: number,
  min: number,
  maxLines: number,
  em: number,
): { size: number; lines: string[] } {
  for (let size = max; size > min; size -= 4) {
    const lines = wrap(text, size, em, width - 2 * margin)
    if (lines.length <= maxLines) return { size, lines }
  }
  return { size: min, lines: wrap(text, min, em, width - 2 * margin) }
}

function textBlock(
  lines: string[],
  size: number,
  top: number,
  attrs: Record<string, string>,
): XastElement[] {
  return lines.map((line, i) =>
    x(
      'text',
      {
        x: String(width / 2),
        y: String(Math.round(top + i * size * 1.15)),
        'font-size': String(size),
        ...attrs,
      },
      line,
    ),
  )
}

/** What the cover says, as one sentence: its alternative text. */
export function coverDescription(meta: BookMeta): string {
  const parts = [meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title]
  if (meta.editor) parts.push(`edited by ${meta.editor}`)
  return `Cover: ${parts.join(', ')}`
}

/**
 * A cover drawn from the book's metadata, with its words as SVG text (so they
 * stay text), sized to fit by an estimate of glyph widths. Nothing is fetched.
 */
export function coverSvg(meta: BookMeta): string {
  const label = coverDescription(meta)
  const title = fit(meta.title, 168, 72, 4, advance.bold)
  const sub = meta.subtitle ? fit(meta.subtitle, 76, 44, 4, advance.regular) : undefined
  // Title, rule and subtitle sit together in the middle of the coloured band.
  const titleHeight = (title.lines.length - 1) * title.size * 1.15
  const subHeight = sub ? 170 + sub.size + (sub.lines.length - 1) * sub.size * 1.15 : 0
  const titleTop = Math.round(band / 2 - (titleHeight + subHeight) / 2 + title.size / 3)
  const titleEnd = titleTop + titleHeight
  const children: XastElement[] = [
    x('title', label),
    x('rect', { x: '0', y: '0', width: String(width), height: String(height), fill: '#f3eee4' }),
    x('rect', { x: '0', y: '0', width: String(width), height: String(band), fill: '#8f1d1d' }),
    ...textBlock(title.lines, title.size, titleTop, { 'font-weight': 'bold', fill: '#ffffff' }),
  ]
  if (sub) {
    children.push(
      x('rect', {
        x: String(width / 2 - 120),
        y: String(Math.round(titleEnd + 95)),
        width: '240',
        height: '8',
        fill: '#f3eee4',
      }),
      ...textBlock(sub.lines, sub.size, titleEnd + 170 + sub.size, {
        'font-style': 'italic',
        fill: '#f3eee4',
      }),
    )
  }
  if (meta.editor) {
    const editor = fit(`Edited by ${meta.editor}`, 64, 40, 2, advance.regular)
    children.push(...textBlock(editor.lines, editor.size, 1880, { fill: '#222222' }))
  }
  if (meta.publisher) {
    const publisher = fit(meta.publisher, 48, 32, 1, advance.regular)
    children.push(
      ...textBlock(publisher.lines, publisher.size, 2240, {
        fill: '#555555',
        'letter-spacing': '4',
      }),
    )
  }
  const svg = x(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      viewBox: `0 0 ${width} ${height}`,
      width: String(width),
      height: String(height),
      role: 'img',
      'aria-label': label,
      'font-family': 'serif',
      'text-anchor': 'middle',
    },
    ...children,
  )
  return xmlDocument(svg)
}
