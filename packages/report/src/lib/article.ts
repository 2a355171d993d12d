import { formatDate } from '@samizdat/book'
import type { ChangeKind, PartialDate } from '@samizdat/core'
import type { Element, ElementContent } from 'hast'
import { anchors, clip, count, lineRange } from './anchors.ts'
import { citationText } from './cite.ts'
import { el } from './el.ts'
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
  return el('code', { className: ['rule'], ...(explanation ? { title: explanation } : {}) }, id)
}

function lineLink(id: string, line: number | null, text?: string): ElementContent {
  if (line === null) return { type: 'text', value: text ?? '—' }
  return el('a', { href: `#${anchors.line(id, line)}` }, text ?? String(line))
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
      ? [el('span', { className: ['dim'] }, 'not recorded')]
      : origin.line === undefined
        ? [origin.from]
        : [`${origin.from}, `, lineLink(id, origin.line, `line ${origin.line}`)]
    return el('tr', {}, [
      el('th', {}, field),
      el('td', {}, clip(showValue(field, value), 400)),
      el('td', { className: ['from'] }, from),
    ])
  })
  const out: ElementContent[] = [
    el('h3', {}, 'Metadata'),
    rows.length
      ? el('table', { className: ['meta'] }, [
          el(
            'thead',
            {},
            el('tr', {}, [el('th', {}, 'Field'), el('th', {}, 'Value'), el('th', {}, 'From')]),
          ),
          el('tbody', {}, rows),
        ])
      : el('p', { className: ['dim'] }, 'No metadata.'),
  ]
  if (findings.length) {
    out.push(
      el('details', { className: ['findings'] }, [
        el('summary', {}, `Found in the text (${findings.length})`),
        el('table', {}, [
          el(
            'thead',
            {},
            el('tr', {}, [
              el('th', {}, 'Line'),
              el('th', {}, 'Field'),
              el('th', {}, 'Value'),
              el('th', {}, 'Rule'),
            ]),
          ),
          el(
            'tbody',
            {},
            findings.map((f) =>
              el('tr', {}, [
                el('td', { className: ['num'] }, lineLink(id, f.line)),
                el('td', {}, f.field),
                el('td', {}, clip(f.value, 300)),
                el('td', {}, ruleCode(f.ruleId, ctx)),
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
    el('h3', { id: anchors.part(id, 'removed') }, `Removed blocks (${list.length})`),
    el('table', { className: ['removals'] }, [
      el(
        'thead',
        {},
        el('tr', {}, [
          el('th', {}, 'Lines'),
          el('th', {}, 'Reason'),
          el('th', {}, 'Rule'),
          el('th', {}, 'Text'),
        ]),
      ),
      el(
        'tbody',
        {},
        list.map((r) =>
          el('tr', {}, [
            el('td', { className: ['num'] }, lineLink(id, r.line, lineRange(r.line, r.endLine))),
            el('td', {}, [r.reason, r.byEditor ? ' (editor)' : '']),
            el('td', {}, ruleCode(r.ruleId, ctx)),
            el('td', {}, el('del', {}, clip(r.text))),
          ]),
        ),
      ),
    ]),
  ]
}

function beforeAfter(text: string, tagName: 'del' | 'ins'): Element {
  return el(tagName, {}, text === '' ? el('span', { className: ['dim'] }, '(nothing)') : text)
}

function corrections(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, changes } = view.report
  if (changes.length === 0) return []
  const groups = changeKinds
    .map((kind): [ChangeKind, ReportChange[]] => [kind, changes.filter((c) => c.kind === kind)])
    .filter(([, list]) => list.length > 0)
  return [
    el('h3', { id: anchors.part(id, 'corrections') }, `Corrections (${changes.length})`),
    ...groups.map(([kind, list]) =>
      el(
        'details',
        {
          className: ['corrections', kind],
          open: kind === 'errata' || kind === 'fix' || list.length <= ctx.foldAfter,
        },
        [
          el('summary', {}, `${kindLabels[kind]} (${list.length})`),
          el('table', {}, [
            el(
              'thead',
              {},
              el('tr', {}, [
                el('th', {}, 'Line'),
                el('th', {}, 'Before'),
                el('th', {}, 'After'),
                el('th', {}, 'Reason'),
                el('th', {}, 'Rule'),
              ]),
            ),
            el(
              'tbody',
              {},
              list.map((c) =>
                el('tr', {}, [
                  el(
                    'td',
                    { className: ['num'] },
                    lineLink(id, c.line, c.line === null ? '—' : `${c.line}:${c.column ?? '?'}`),
                  ),
                  el('td', {}, beforeAfter(c.actual, 'del')),
                  el('td', {}, beforeAfter(c.expected, 'ins')),
                  el('td', {}, c.reason),
                  el('td', {}, ruleCode(c.ruleId, ctx)),
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
  for (const d of view.definitions) byLabel.set(d.label ?? d.identifier, d.identifier)
  const noteLink = (label: string) => {
    const identifier = byLabel.get(label)
    return identifier
      ? el('a', { href: `#${anchors.note(id, identifier)}` }, label)
      : el('span', {}, label)
  }
  const out: ElementContent[] = [
    el('h3', { id: anchors.part(id, 'notes') }, 'Notes and citations'),
    el(
      'p',
      {},
      `${count(n.definitions, 'note')}, ${n.linked} linked from the text by ${count(n.calls, 'call')}.`,
    ),
  ]
  if (n.uncalled.length)
    out.push(el('p', { className: ['warn'] }, ['Notes no call points to: ', n.uncalled.join(', ')]))
  if (n.missing.length)
    out.push(
      el('p', { className: ['bad'] }, ['Calls that point to no note: ', n.missing.join(', ')]),
    )
  if (citations.length) {
    out.push(
      el('table', { className: ['citations'] }, [
        el(
          'thead',
          {},
          el('tr', {}, [
            el('th', {}, 'Note'),
            el('th', {}, 'Reference'),
            el('th', {}, 'Locator'),
            el('th', {}, 'Resolved'),
          ]),
        ),
        el(
          'tbody',
          {},
          citations.map((c) =>
            el('tr', {}, [
              el('td', { className: ['num'] }, noteLink(c.note)),
              el('td', {}, citationText(c.item)),
              el('td', {}, c.locator ?? ''),
              el(
                'td',
                {},
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
  return el('li', { className: ['msg', m.severity] }, [
    el('span', { className: ['sev'] }, m.severity),
    ' ',
    articleId && m.line !== null
      ? el('a', { className: ['place'], href: `#${anchors.line(articleId, m.line)}` }, place)
      : el('span', { className: ['place'] }, place),
    ' ',
    el('span', { className: ['reason'] }, codeSpans(m.reason)),
    ' ',
    ruleCode(m.ruleId, ctx),
    ...(unsaid.length
      ? [' ', el('span', { className: ['dim'] }, `expected: ${unsaid.join(' | ')}`)]
      : []),
  ])
}

/** Reasons quote values in backticks (remark-lint style); show those as code. */
function codeSpans(reason: string): (ElementContent | string)[] {
  return reason
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 ? el('code', {}, part) : part))
    .filter((p) => p !== '')
}

function messages(view: ArticleView, ctx: ArticleContext): ElementContent[] {
  const { id, messages: list } = view.report
  return [
    el('h3', { id: anchors.part(id, 'messages') }, `Open messages (${list.length})`),
    list.length
      ? el(
          'ul',
          { className: ['messages'] },
          list.map((m) => messageItem(m, ctx, id)),
        )
      : el('p', { className: ['dim'] }, 'None.'),
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
  return [el('a', { className: ['chip', kind], href }, count(n, one, many)), ' ']
}

/** One article: what it yielded, its raw text beside the result, and every record. */
export function articleSection(view: ArticleView, ctx: ArticleContext): Element {
  const { id, title, path, summary: s } = view.report
  const part = (p: string) => `#${anchors.part(id, p)}`
  return el('section', { className: ['article'], id: anchors.article(id) }, [
    el('details', { open: true }, [
      el('summary', {}, [
        el('h2', {}, title),
        ' ',
        el('span', { className: ['path'] }, path),
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
            el(
              'p',
              { className: ['warn'] },
              'No vfile was given for this article: only its result is shown.',
            ),
          ]),
      ...metadata(view, ctx),
      el('details', { className: ['raw-result'], open: true, id: anchors.part(id, 'raw') }, [
        el('summary', {}, el('h3', {}, 'Raw text beside the result')),
        sideBySide(view),
      ]),
      ...removals(view, ctx),
      ...corrections(view, ctx),
      ...notes(view),
      ...messages(view, ctx),
    ]),
  ])
}
