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
  let doubleOpen = false
  // Offsets are UTF-16 units, so that they match the block's. Only quote marks change, so a mark
  // sees the one just before it as already turned (`lastAt`), everything else as written.
  let lastAt = -2
  let lastTo = ''
  for (const m of text.matchAll(/["'“”‘’]/g)) {
    const i = m.index
    if (inSpans(skip, i)) continue
    const ch = m[0]
    const prev = i - 1 === lastAt ? lastTo : text[i - 1]
    const next = text[i + 1]
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
        to = elision.test(text.slice(i + 1, i + 8)) ? '’' : '‘'
      else to = '’'
    } else if (ch === '‘') {
      if (prev !== undefined && word.test(prev) && next !== undefined && word.test(next)) to = '’'
      else if (!opensAfter(prev) && closesBefore(next)) to = '’'
    } else if (ch === '’') {
      // An opening quote typed the wrong way round: it opens a word and a closing one follows.
      if (
        opensAfter(prev) &&
        next !== undefined &&
        word.test(next) &&
        !elision.test(text.slice(i + 1, i + 8))
      ) {
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
      lastAt = i
      lastTo = to
      edits.push({ start: i, end: i + 1, replacement: to, kind })
    }
  }
  // Spaces inside quote marks, judged on the marks as they now stand.
  let fixed = text
  if (edits.length > 0) {
    const parts: string[] = []
    let from = 0
    for (const e of edits) {
      parts.push(text.slice(from, e.start), e.replacement)
      from = e.end
    }
    parts.push(text.slice(from))
    fixed = parts.join('')
  }
  if (fixed.includes('“ ') || fixed.includes('‘ ')) {
    for (const m of fixed.matchAll(/([“‘])( +)(?=[\p{L}\p{N}…])/gu)) {
      const before = fixed[m.index - 1]
      if (!opensAfter(before) || inSpans(skip, m.index)) continue
      const start = m.index + 1
      edits.push({ start, end: start + m[2]!.length, replacement: '', kind: 'spacing' })
    }
  }
  if (fixed.includes(' ”') || fixed.includes(' ’')) {
    for (const m of fixed.matchAll(/(?<=[\p{L}\p{N}.,;:!?…])( +)([”’])/gu)) {
      const after = fixed[m.index + m[0].length]
      if (!closesBefore(after) || inSpans(skip, m.index)) continue
      // A spaced `’` closes only when a single quote is open before it.
      if (m[2] === '’' && fixed.lastIndexOf('‘', m.index) < 0) continue
      edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: '', kind: 'spacing' })
    }
  }
  return edits.sort((a, b) => a.start - b.start)
}
