import { formatDate } from '@samizdat/book'
import type { ChangeKind, PartialDate } from '@samizdat/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { FootnoteDefinition } from 'mdast'
import { visit } from 'unist-util-visit'
import { anchors, clip, count, lineRange } from './anchors.ts'
import { citationText } from './cite.ts'
import { changeKinds, kindLabels } from './kinds.ts'
import { placeOf, type ReportMessage } from './messages.ts'
import type { ArticleView, ReportChange } from './model.ts'
import { sideBySide } from './sbs.ts'

/** What the article sections need from the caller. */
export interface ArticleContext {
  /** Rule id → one-line explanation, shown as a tooltip. */
  rules: Readonly<Record<string, string>>
  /** Corrections of a kind beyond this many start folded. */
  foldAfter: number
}

export function ruleCode(ruleId: string | null, ctx: ArticleContext): Element {
  const id = ruleId ?? '(no rule)'
  const explanation = ctx.rules[id]
  return h('code', { className: ['rule'], ...(explanation ? { title: explanation } : {}) }, id)
}

function lineLink(id: string, line: number | null, text?: string): ElementContent {
  if (line === null) return { type: 'text', value: text ?? '—' }
  return h('a', { href: `#${anchors.line(id, line)}` }, text ?? String(line))
}

function showValue(field: string, value: unknown): string {
  if (field === 'date' && value && typeof value === 'object' && 'iso' in value) {
    const date = value as PartialDate
    return `${formatDate(date)} (${date.iso})`
  }
  if (Array.isArray(value)) return value.map(String).join('; ')
  return String(value)
}

function metadata(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, meta, origins, findings } = view.report
  const rows = Object.entries(meta).map(([field, value]) => {
    const origin = origins[field]
    const from: (ElementContent | string)[] = !origin
      ? [h('span', { className: ['dim'] }, 'not recorded')]
      : origin.line === undefined
        ? [origin.from]
        : [`${origin.from}, `, lineLink(id, origin.line, `line ${origin.line}`)]
    return h('tr', [
      h('th', field),
      h('td', clip(showValue(field, value), 400)),
      h('td', { className: ['from'] }, from),
    ])
  })
  const out: ElementContent[] = [
    h('h3', 'Metadata'),
    rows.length
      ? h('table', { className: ['meta'] }, [
          h('thead', h('tr', [h('th', 'Field'), h('th', 'Value'), h('th', 'From')])),
          h('tbody', rows),
        ])
      : h('p', { className: ['dim'] }, 'No metadata.'),
  ]
  if (findings.length) {
    out.push(
      h('details', { className: ['findings'] }, [
        h('summary', `Found in the text (${findings.length})`),
        h('table', [
          h(
            'thead',
            h('tr', [h('th', 'Line'), h('th', 'Field'), h('th', 'Value'), h('th', 'Rule')]),
          ),
          h(
            'tbody',
            findings.map((f) =>
              h('tr', [
                h('td', { className: ['num'] }, lineLink(id, f.line)),
                h('td', f.field),
                h('td', clip(f.value, 300)),
                h('td', ruleCode(f.ruleId, ctx)),
              ]),
            ),
          ),
        ]),
      ]),
    )
  }
  return out
}

function removals(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, removals: list } = view.report
  if (list.length === 0) return []
  return [
    h('h3', { id: anchors.part(id, 'removed') }, `Removed blocks (${list.length})`),
    h('table', { className: ['removals'] }, [
      h('thead', h('tr', [h('th', 'Lines'), h('th', 'Reason'), h('th', 'Rule'), h('th', 'Text')])),
      h(
        'tbody',
        list.map((r) =>
          h('tr', [
            h('td', { className: ['num'] }, lineLink(id, r.line, lineRange(r.line, r.endLine))),
            h('td', [r.reason, r.byEditor ? ' (editor)' : '']),
            h('td', ruleCode(r.ruleId, ctx)),
            h('td', h('del', clip(r.text))),
          ]),
        ),
      ),
    ]),
  ]
}

function beforeAfter(text: string, tagName: 'del' | 'ins'): Element {
  return h(tagName, text === '' ? h('span', { className: ['dim'] }, '(nothing)') : text)
}

function corrections(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, changes } = view.report
  if (changes.length === 0) return []
  const groups = changeKinds
    .map((kind): [ChangeKind, ReportChange[]] => [kind, changes.filter((c) => c.kind === kind)])
    .filter(([, list]) => list.length > 0)
  return [
    h('h3', { id: anchors.part(id, 'corrections') }, `Corrections (${changes.length})`),
    ...groups.map(([kind, list]) =>
      h(
        'details',
        {
          className: ['corrections', kind],
          open: kind === 'errata' || kind === 'fix' || list.length <= ctx.foldAfter,
        },
        [
          h('summary', `${kindLabels[kind]} (${list.length})`),
          h('table', [
            h(
              'thead',
              h('tr', [
                h('th', 'Line'),
                h('th', 'Before'),
                h('th', 'After'),
                h('th', 'Reason'),
                h('th', 'Rule'),
              ]),
            ),
            h(
              'tbody',
              list.map((c) =>
                h('tr', [
                  h(
                    'td',
                    { className: ['num'] },
                    lineLink(id, c.line, c.line === null ? '—' : `${c.line}:${c.column ?? '?'}`),
                  ),
                  h('td', beforeAfter(c.actual, 'del')),
                  h('td', beforeAfter(c.expected, 'ins')),
                  h('td', c.reason),
                  h('td', ruleCode(c.ruleId, ctx)),
                ]),
              ),
            ),
          ]),
        ],
      ),
    ),
  ]
}

const resolvedWords = { ibid: 'Ibid.', 'op-cit': 'op. cit.', 'loc-cit': 'loc. cit.' } as const

function notes(view: ArticleView): ElementContent[] {
  const { id, notes: n, citations } = view.report
  if (n.definitions === 0 && n.calls === 0 && citations.length === 0) return []
  const byLabel = new Map<string, string>()
  visit(view.article.tree, 'footnoteDefinition', (d: FootnoteDefinition) => {
    byLabel.set(d.label ?? d.identifier, d.identifier)
  })
  const noteLink = (label: string) => {
    const identifier = byLabel.get(label)
    return identifier
      ? h('a', { href: `#${anchors.note(id, identifier)}` }, label)
      : h('span', label)
  }
  const out: ElementContent[] = [
    h('h3', { id: anchors.part(id, 'notes') }, 'Notes and citations'),
    h(
      'p',
      `${count(n.definitions, 'note')}, ${n.linked} linked from the text by ${count(n.calls, 'call')}.`,
    ),
  ]
  if (n.uncalled.length)
    out.push(h('p', { className: ['warn'] }, ['Notes no call points to: ', n.uncalled.join(', ')]))
  if (n.missing.length)
    out.push(
      h('p', { className: ['bad'] }, ['Calls that point to no note: ', n.missing.join(', ')]),
    )
  if (citations.length) {
    out.push(
      h('table', { className: ['citations'] }, [
        h(
          'thead',
          h('tr', [h('th', 'Note'), h('th', 'Reference'), h('th', 'Locator'), h('th', 'Resolved')]),
        ),
        h(
          'tbody',
          citations.map((c) =>
            h('tr', [
              h('td', { className: ['num'] }, noteLink(c.note)),
              h('td', citationText(c.item)),
              h('td', c.locator ?? ''),
              h(
                'td',
                c.resolvedFrom
                  ? [
                      `${resolvedWords[c.resolvedFrom]} → note `,
                      c.resolvedTo ? noteLink(c.resolvedTo) : '?',
                    ]
                  : [],
              ),
            ]),
          ),
        ),
      ]),
    )
  }
  return out
}

/** One message as `path:line:col  reason  rule-id`, linked to its raw line when it has an article. */
export function messageItem(m: ReportMessage, ctx: ArticleContext, articleId?: string): Element {
  const place = placeOf(m)
  // Suggestions the reason already quotes are not repeated.
  const unsaid = (m.expected ?? []).filter((e) => !m.reason.includes(`\`${e}\``))
  return h('li', { className: ['msg', m.severity] }, [
    h('span', { className: ['sev'] }, m.severity),
    ' ',
    articleId && m.line !== null
      ? h('a', { className: ['place'], href: `#${anchors.line(articleId, m.line)}` }, place)
      : h('span', { className: ['place'] }, place),
    ' ',
    h('span', { className: ['reason'] }, codeSpans(m.reason)),
    ' ',
    ruleCode(m.ruleId, ctx),
    ...(unsaid.length
      ? [' ', h('span', { className: ['dim'] }, `expected: ${unsaid.join(' | ')}`)]
      : []),
  ])
}

/** Reasons quote values in backticks (remark-lint style); show those as code. */
function codeSpans(reason: string): (ElementContent | string)[] {
  return reason
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 ? h('code', part) : part))
    .filter((p) => p !== '')
}

function messages(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, messages: list } = view.report
  return [
    h('h3', { id: anchors.part(id, 'messages') }, `Open messages (${list.length})`),
    list.length
      ? h(
          'ul',
          { className: ['messages'] },
          list.map((m) => messageItem(m, ctx, id)),
        )
      : h('p', { className: ['dim'] }, 'None.'),
  ]
}

function chip(
  n: number,
  one: string,
  many: string,
  kind: string,
  href: string,
): (ElementContent | string)[] {
  if (n === 0) return []
  return [h('a', { className: ['chip', kind], href }, count(n, one, many)), ' ']
}

/** One article: what it yielded, its raw text beside the result, and every record. */
export function articleSection(view: ArticleView, ctx: ArticleContext): Element {
  const { id, title, path, summary: s } = view.report
  const part = (p: string) => `#${anchors.part(id, p)}`
  return h('section', { className: ['article'], id: anchors.article(id) }, [
    h('details', { open: true }, [
      h('summary', [
        h('h2', title),
        ' ',
        h('span', { className: ['path'] }, path),
        ' ',
        ...chip(s.messages.error, 'error', 'errors', 'bad', part('messages')),
        ...chip(s.unrecordedLines, 'unrecorded line', 'unrecorded lines', 'bad', part('raw')),
        ...chip(s.messages.warning, 'warning', 'warnings', 'warn', part('messages')),
        ...chip(s.blocks.removed, 'removed', 'removed', 'removed', part('removed')),
        ...chip(s.corrections.total, 'correction', 'corrections', 'fix', part('corrections')),
      ]),
      ...(view.hasFile
        ? []
        : [
            h(
              'p',
              { className: ['warn'] },
              'No vfile was given for this article: only its result is shown.',
            ),
          ]),
      ...metadata(view, ctx),
      h('details', { className: ['raw-result'], open: true, id: anchors.part(id, 'raw') }, [
        h('summary', h('h3', 'Raw text beside the result')),
        sideBySide(view),
      ]),
      ...removals(view, ctx),
      ...corrections(view, ctx),
      ...notes(view),
      ...messages(view, ctx),
    ]),
  ])
}
