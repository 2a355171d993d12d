import { type Label, parseLabel, superscriptClass } from './labels.ts'

/** How a note text opens in the notes section. */
export type DefinitionForm = 'bracket' | 'paren' | 'dotted' | 'plain' | 'superscript' | 'symbol'

export interface DefinitionStart {
  label: Label
  form: DefinitionForm
  /** Length of the label prefix, spaces included: the note text starts here. */
  offset: number
  /** The prefix as printed, e.g. `13. `. */
  raw: string
}

const patterns: [DefinitionForm, RegExp][] = [
  // `[12] text`, `[1*] text`, `[*] text`
  ['bracket', /^\[(\d{1,3}\*{0,2}|\*{1,3}|†{1,2}|‡)\][.:]?\s*(?=\S)/u],
  // `(12) text`
  ['paren', /^\((\d{1,3}\*?)\)\s*(?=\S)/u],
  // `12. text`, `1*. text`, `12) text`
  ['dotted', /^(\d{1,3}\*{0,2})[.)]\s*(?=[^\s\d])/u],
  // `12 text`, `1* text`: a space and then no digit, so `12 000 men` is not a note
  ['plain', /^(\d{1,3}\*{0,2})\s+(?=[^\s\d.,;:%)–—-])/u],
  // `¹² text`
  ['superscript', new RegExp(`^(${superscriptClass}+)\\s*(?=\\S)`, 'u')],
  // `* text`, `† text`, `*text`
  ['symbol', /^(\*{1,3}|†{1,2}|‡)\s*(?=[\p{L}\p{N}‘“'"(])/u],
]

/** The label at the start of a paragraph, if it reads like a note definition. */
export function parseDefinitionStart(text: string): DefinitionStart | undefined {
  for (const [form, re] of patterns) {
    const match = re.exec(text)
    if (!match) continue
    const label = parseLabel(match[1] ?? '')
    if (!label) continue
    return { label, form, offset: match[0].length, raw: match[0] }
  }
  return undefined
}

const defaultHeadings = [
  'notes',
  'note',
  'footnotes',
  'footnote',
  'endnotes',
  'endnote',
  'references',
  'notes and references',
  'references and notes',
]

/** A matcher for notes-section headings (`Notes`, `Footnote:`), with extra names from options. */
export function headingMatcher(extra: readonly string[] = []): (text: string) => boolean {
  const names = new Set([...defaultHeadings, ...extra.map((h) => h.toLowerCase())])
  // Every paragraph is asked: one with more visible characters than the longest name
  // (and a final `:`) cannot be one, and is told so without normalising all of it.
  const longest = Math.max(...[...names].map((n) => n.length)) + 1
  return (text) =>
    fewVisible(text, longest) &&
    names.has(text.trim().replace(/[:.]$/, '').replace(/\s+/g, ' ').toLowerCase())
}

const space = /\s/

/** True when `text` has at most `limit` characters that are not white space (`\s`). */
function fewVisible(text: string, limit: number): boolean {
  if (text.length <= limit) return true
  let visible = 0
  for (const ch of text) {
    if (ch.length > 1 || !space.test(ch)) visible++
    if (visible > limit) return false
  }
  return true
}
