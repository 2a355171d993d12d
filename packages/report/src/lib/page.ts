import type { Element, ElementContent, Root } from 'hast'
import { anchors } from './anchors.ts'
import { type ArticleContext, articleSection, messageItem, ruleCode } from './article.ts'
import { css } from './css.ts'
import { el } from './el.ts'
import { changeKinds, kindLabels } from './kinds.ts'
import type { ArticleView, ReportJson, ReportSection, SummaryCounts } from './model.ts'

/** A count cell: zero dimmed, a count that needs the editor's eye flagged. */
function num(n: number, flag?: 'bad' | 'warn', extra?: string): Element {
  const className = ['num', n === 0 ? 'zero' : flag && n > 0 ? flag : ''].filter(Boolean)
  return el('td', { className }, [String(n), ...(extra ? [el('small', {}, extra)] : [])])
}

function countCells(s: SummaryCounts): Element[] {
  const resolved = [
    s.citations.ibid && `${s.citations.ibid} ibid.`,
    s.citations.opCit && `${s.citations.opCit} op. cit.`,
    s.citations.locCit && `${s.citations.locCit} loc. cit.`,
  ]
    .filter(Boolean)
    .join(', ')
  const metaFrom = [
    s.metadata.fromText && `${s.metadata.fromText} text`,
    s.metadata.fromManifest && `${s.metadata.fromManifest} manifest`,
  ]
    .filter(Boolean)
    .join(', ')
  const notesOk = s.notes.linked === s.notes.definitions
  return [
    num(s.lines),
    num(s.blocks.kept),
    num(s.blocks.removed),
    ...changeKinds.map((k) => num(s.corrections[k])),
    num(s.metadata.fields, undefined, metaFrom || undefined),
    el(
      'td',
      {
        className: ['num', s.notes.definitions === 0 ? 'zero' : notesOk ? '' : 'warn'].filter(
          Boolean,
        ),
      },
      `${s.notes.linked}/${s.notes.definitions}`,
    ),
    num(s.citations.total, undefined, resolved || undefined),
    num(s.messages.error, 'bad'),
    num(s.messages.warning, 'warn'),
    num(s.unrecordedLines, 'bad'),
  ]
}

const heads: [string, string][] = [
  ['Lines', 'Raw lines in the source'],
  ['Kept', 'Blocks in the result (notes not counted)'],
  ['Removed', 'Blocks taken out, each with its reason'],
  ...changeKinds.map((k): [string, string] => [kindLabels[k], `Corrections of kind ${k}`]),
  ['Metadata', 'Metadata fields known, and where they came from'],
  ['Notes', 'Notes linked from the text / notes'],
  ['Citations', 'Citations parsed from the notes, with Ibid. and op. cit. resolved'],
  ['Errors', 'Open error messages'],
  ['Warnings', 'Open warnings'],
  ['Unrecorded', 'Raw lines missing from the result with no record of why'],
]

function summaryTable(json: ReportJson): Element {
  const rows = json.sources.map((s) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [
        el('a', { href: `#${anchors.article(s.id)}` }, s.title),
        el('small', {}, s.path),
      ]),
      ...countCells(s.summary),
    ]),
  )
  const project = json.project.messages
  if (project.length) {
    // The project's own messages (manifest) count in the totals, so they get a row.
    const count = (severity: string) => project.filter((m) => m.severity === severity).length
    rows.push(
      el('tr', { className: ['project-row'] }, [
        el('th', { scope: 'row' }, [
          el('a', { href: '#project' }, 'Project'),
          el('small', {}, 'manifest and sources folder'),
        ]),
        el('td', { colSpan: heads.length - 3 }),
        num(count('error'), 'bad'),
        num(count('warning'), 'warn'),
        el('td'),
      ]),
    )
  }
  return el('table', { className: ['summary'] }, [
    el(
      'thead',
      {},
      el('tr', {}, [
        el('th', {}, 'Source'),
        ...heads.map(([label, title]) => el('th', { title }, label)),
      ]),
    ),
    el('tbody', {}, rows),
    el(
      'tfoot',
      {},
      el('tr', {}, [
        el('th', { scope: 'row' }, `All ${json.summary.sources} sources`),
        ...countCells(json.summary),
      ]),
    ),
  ])
}

function ruleTable(json: ReportJson, ctx: ArticleContext): Element {
  const { removalsByRule: r, changesByRule: c, messagesByRule: m } = json.summary
  const ids = [...new Set([...Object.keys(r), ...Object.keys(c), ...Object.keys(m)])].sort()
  const cell = (n: number | undefined) =>
    el('td', { className: ['num', n ? '' : 'zero'].filter(Boolean) }, String(n ?? 0))
  return el('details', { className: ['rules'] }, [
    el('summary', {}, `By rule (${ids.length})`),
    el('table', {}, [
      el(
        'thead',
        {},
        el('tr', {}, [
          el('th', {}, 'Rule'),
          el('th', {}, 'Removals'),
          el('th', {}, 'Changes'),
          el('th', {}, 'Messages'),
          el('th', {}, 'What it does'),
        ]),
      ),
      el(
        'tbody',
        {},
        ids.map((id) =>
          el('tr', {}, [
            el('td', {}, ruleCode(id, ctx)),
            cell(r[id]),
            cell(c[id]),
            cell(m[id]),
            el('td', { className: ['dim'] }, ctx.rules[id] ?? ''),
          ]),
        ),
      ),
    ]),
  ])
}

const legend: [string, string][] = [
  ['removed', 'struck through: a block taken out, with its reason, rule and raw lines'],
  ['meta', 'a line moved into the metadata'],
  ['lost', 'a line missing from the result with no record (should not happen)'],
]

function header(json: ReportJson): Element {
  const b = json.book
  const byline = [b.subtitle, b.editor && `edited by ${b.editor}`].filter(Boolean).join(' · ')
  return el('header', {}, [
    el('p', { className: ['kicker'] }, 'Editorial report'),
    el('h1', {}, b.title),
    ...(byline ? [el('p', { className: ['byline'] }, byline)] : []),
    el(
      'p',
      { className: ['dim'] },
      `Edition of ${b.date} · built ${b.buildDate} by ${b.software} · ${json.summary.sources} sources · ${b.identifier}`,
    ),
  ])
}

/** The whole report as a hast tree: header, summary table, project messages, then one section per article. */
export function reportTree(
  json: ReportJson,
  views: readonly (ArticleView | ReportSection)[],
  ctx: ArticleContext,
): Root {
  const project = json.project.messages
  const body: ElementContent[] = [
    header(json),
    el('nav', { className: ['toc'] }, [
      el('h2', { id: 'summary' }, 'Summary'),
      summaryTable(json),
      ruleTable(json, ctx),
    ]),
    el('p', { className: ['legend'] }, [
      ...legend.flatMap(([kind, text]) => [
        el('span', { className: ['tag', kind] }, kind === 'meta' ? '→ metadata' : kind),
        ` ${text}. `,
      ]),
      el('span', { className: ['chg', 'fix'] }, [el('del', {}, 'before'), el('ins', {}, 'after')]),
      ' a correction; hover for its reason.',
    ]),
    ...(project.length
      ? [
          el('section', { className: ['project'], id: 'project' }, [
            el('h2', {}, `Project messages (${project.length})`),
            el(
              'ul',
              { className: ['messages'] },
              project.map((m) => messageItem(m, ctx)),
            ),
          ]),
        ]
      : []),
    // A section made ahead is finished HTML from the same serializer: placed as it is.
    ...views.map((v) =>
      'html' in v
        ? ({ type: 'raw', value: v.html } as unknown as ElementContent)
        : articleSection(v, ctx),
    ),
  ]
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: 'en' }, [
        el('head', {}, [
          el('meta', { charSet: 'utf-8' }),
          el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          el('meta', { name: 'color-scheme', content: 'light dark' }),
          el('title', {}, `Editorial report: ${json.book.title}`),
          el('style', {}, css),
        ]),
        el('body', {}, el('main', {}, body)),
      ]),
    ],
  }
}
