import type { Edit } from './block.ts'
import { elision, inSpans, type Span } from './tokens.ts'

/**
 * Quote marks: straight quotes curled by context, curly quotes turned the
 * right way, spaces inside quote marks taken out. The house style keeps each
 * text's own choice of single or double quotes; only direction and spacing
 * change.
 */
export type QuoteKind = 'straight' | 'direction' | 'spacing'

export interface QuoteEdit extends Edit {
  kind: QuoteKind
}

const word = /[\p{L}\p{N}]/u
/** What may stand before an opening quote: nothing, a space, an opening bracket, a dash, another opening quote. */
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{—–/“‘]/u.test(c)
/** What may follow a closing quote. */
const closesBefore = (c: string | undefined) =>
  c === undefined || /[\s.,;:!?)\]}—–…”’\uFFFC]/u.test(c)

export function quoteEdits(text: string, skip: readonly Span[] = []): QuoteEdit[] {
  const edits: QuoteEdit[] = []
  // UTF-16 units, so that offsets match the block's.
  const out = text.split('')
  let doubleOpen = false
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!
    if (!'"\'“”‘’'.includes(ch) || inSpans(skip, i)) continue
    const prev = out[i - 1]
    const next = out[i + 1]
    const rest = text.slice(i + 1, i + 8)
    let to = ch
    let kind: QuoteKind = 'direction'
    if (ch === '"') {
      kind = 'straight'
      if (opensAfter(prev) && next !== undefined && !/\s/.test(next)) to = '“'
      else if (!opensAfter(prev)) to = '”'
      else to = doubleOpen ? '”' : '“'
    } else if (ch === "'") {
      kind = 'straight'
      if (prev !== undefined && word.test(prev) && next !== undefined && word.test(next)) to = '’'
      else if (opensAfter(prev) && next !== undefined && !/\s/.test(next))
        to = elision.test(rest) ? '’' : '‘'
      else to = '’'
    } else if (ch === '‘') {
      if (prev !== undefined && word.test(prev) && next !== undefined && word.test(next)) to = '’'
      else if (!opensAfter(prev) && closesBefore(next)) to = '’'
    } else if (ch === '’') {
      // An opening quote typed the wrong way round: it opens a word and a closing one follows.
      if (opensAfter(prev) && next !== undefined && word.test(next) && !elision.test(rest)) {
        const close = text.slice(i + 1).search(/[\p{L}\p{N}.,;:!?]’(?![\p{L}\p{N}])/u)
        if (close >= 0) to = '‘'
      }
    } else if (ch === '“') {
      if (!opensAfter(prev) && closesBefore(next)) to = '”'
    } else if (ch === '”') {
      if (opensAfter(prev) && prev !== undefined && next !== undefined && word.test(next)) to = '“'
    }
    if (to === '“') doubleOpen = true
    if (to === '”') doubleOpen = false
    if (to !== ch) {
      out[i] = to
      edits.push({ start: i, end: i + 1, replacement: to, kind })
    }
  }
  // Spaces inside quote marks, judged on the marks as they now stand.
  const fixed = out.join('')
  for (const m of fixed.matchAll(/([“‘])( +)(?=[\p{L}\p{N}…])/gu)) {
    const before = fixed[m.index - 1]
    if (!opensAfter(before) || inSpans(skip, m.index)) continue
    const start = m.index + 1
    edits.push({ start, end: start + m[2]!.length, replacement: '', kind: 'spacing' })
  }
  for (const m of fixed.matchAll(/(?<=[\p{L}\p{N}.,;:!?…])( +)([”’])/gu)) {
    const after = fixed[m.index + m[0].length]
    if (!closesBefore(after) || inSpans(skip, m.index)) continue
    // A spaced `’` closes only when a single quote is open before it.
    if (m[2] === '’' && fixed.lastIndexOf('‘', m.index) < 0) continue
    edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: '', kind: 'spacing' })
  }
  return edits.sort((a, b) => a.start - b.start)
}
