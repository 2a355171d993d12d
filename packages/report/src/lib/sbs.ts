import type { MetaFinding, Removal } from '@samizdat/core'
import type { Element, ElementContent } from 'hast'
import type { Segment } from './align.ts'
import { anchors, lineRange } from './anchors.ts'
import { renderBlock } from './blocks.ts'
import { el } from './el.ts'
import { changeMark, markedLine, placeOnLine } from './inline.ts'
import type { ArticleView, ReportChange } from './model.ts'

function tag(kind: string, text: string): Element {
  return el('span', { className: ['tag', kind] }, text)
}

function removalNote(r: Removal, id: string): Element {
  return el('div', { className: ['why', 'removed'] }, [
    tag('removed', r.byEditor ? 'removed by editor' : 'removed'),
    ' ',
    r.reason,
    ' ',
    el('code', {}, r.ruleId),
    ' ',
    el(
      'a',
      { className: ['lines'], href: `#${anchors.line(id, r.line)}` },
      `line ${lineRange(r.line, r.endLine)}`,
    ),
  ])
}

function findingNote(f: MetaFinding): Element {
  return el('div', { className: ['why', 'meta'] }, [
    tag('meta', '→ metadata'),
    ' ',
    el('b', {}, f.field),
    ': ',
    f.value,
    ' ',
    el('code', {}, f.ruleId),
  ])
}

/** Renders raw lines; each line's id is given the first time it is shown, and its changes placed then. */
class LineWriter {
  private shown = new Set<number>()
  constructor(
    private view: ArticleView,
    private byLine: Map<number, ReportChange[]>,
  ) {}

  wasShown(line: number): boolean {
    return this.shown.has(line)
  }

  lines(start: number, end: number, struck: boolean): ElementContent[] {
    const out: ElementContent[] = []
    const id = this.view.report.id
    for (let n = start; n <= end; n++) {
      const text = this.view.rawLines[n - 1] ?? ''
      const first = !this.shown.has(n)
      this.shown.add(n)
      const changes = first ? (this.byLine.get(n) ?? []) : []
      // Most lines have no change: nothing to place.
      const { placed, unplaced } =
        struck || changes.length === 0
          ? { placed: [], unplaced: changes }
          : placeOnLine(text, changes)
      const body = struck ? [el('del', {}, text)] : markedLine(text, placed)
      const anchor = anchors.line(id, n)
      out.push(
        el(
          'div',
          {
            className: text.trim() ? ['line'] : ['line', 'blank'],
            ...(first ? { id: anchor } : {}),
          },
          [
            el('a', { className: ['n'], href: `#${anchor}` }, String(n)),
            el('span', { className: ['t'] }, body),
          ],
        ),
      )
      for (const c of unplaced) {
        out.push(
          el('div', { className: ['unplaced'] }, [
            `line ${n}: `,
            changeMark(c),
            ' ',
            el('span', { className: ['dim'] }, c.reason),
          ]),
        )
      }
    }
    return out
  }
}

function row(kind: Segment['kind'], raw: ElementContent[], result: ElementContent[]): Element {
  return el('tr', { className: ['seg', kind] }, [
    el('td', { className: ['raw'] }, raw),
    el('td', { className: ['res'] }, result),
  ])
}

/**
 * The raw text beside the result: one row per run of raw lines, the removed
 * ones struck through and labelled, changed spans shown before → after, lines
 * moved to the metadata marked, and the result block those lines became.
 */
export function sideBySide(view: ArticleView): Element {
  const id = view.report.id
  const byLine = new Map<number, ReportChange[]>()
  for (const c of view.report.changes) {
    if (c.line === null) continue
    byLine.set(c.line, [...(byLine.get(c.line) ?? []), c])
  }
  const writer = new LineWriter(view, byLine)
  const defined = new Set(view.definitions.map((d) => d.identifier))
  const noteAnchor = (identifier: string) =>
    defined.has(identifier) ? anchors.note(id, identifier) : undefined
  const rows: Element[] = []
  for (const s of view.alignment.segments) {
    switch (s.kind) {
      case 'kept':
        rows.push(
          row('kept', writer.lines(s.start, s.end, false), [
            ...s.blocks.flatMap((b) => renderBlock(b, noteAnchor)),
            ...s.findings.map(findingNote),
          ]),
        )
        break
      case 'removed':
        rows.push(
          row('removed', writer.lines(s.start, s.end, true), [
            ...s.removals.map((r) => removalNote(r, id)),
            ...s.findings.map(findingNote),
          ]),
        )
        break
      case 'meta':
        rows.push(row('meta', writer.lines(s.start, s.end, false), s.findings.map(findingNote)))
        break
      case 'unrecorded':
        rows.push(
          row('unrecorded', writer.lines(s.start, s.end, false), [
            el('div', { className: ['why', 'lost'] }, [
              tag('lost', 'not in the result'),
              ' No removal or metadata record accounts for these lines.',
            ]),
          ]),
        )
        break
    }
  }
  const { unplacedBlocks, unplacedRemovals } = view.alignment
  if (unplacedBlocks.length) {
    rows.push(
      row(
        'kept',
        [el('div', { className: ['dim'] }, 'No raw position: made by a filter')],
        unplacedBlocks.flatMap((b) => renderBlock(b, noteAnchor)),
      ),
    )
  }
  for (const r of unplacedRemovals) {
    rows.push(
      row(
        'removed',
        [
          el('div', { className: ['line'] }, [
            el('span', { className: ['t'] }, el('del', {}, r.text)),
          ]),
        ],
        [removalNote(r, id)],
      ),
    )
  }
  const unlined = view.report.changes.filter((c) => c.line === null || !writer.wasShown(c.line))
  if (unlined.length) {
    rows.push(
      row(
        'kept',
        [el('div', { className: ['dim'] }, 'Changes with no raw line')],
        unlined.map((c) =>
          el('div', { className: ['why'] }, [
            changeMark(c),
            ' ',
            c.reason,
            ' ',
            el('code', {}, c.ruleId),
          ]),
        ),
      ),
    )
  }
  return el('table', { className: ['sbs'] }, [
    el('colgroup', {}, [el('col', { className: ['c-raw'] }), el('col', { className: ['c-res'] })]),
    el(
      'thead',
      {},
      el('tr', {}, [el('th', {}, 'Raw text, by source line'), el('th', {}, 'Result')]),
    ),
    el('tbody', {}, rows),
  ])
}
