/**
 * The plain versions of what `src/lib` now does faster: each runs its
 * patterns over the whole text, as the package did before it was made fast.
 * The tests hold the fast versions to them on many generated texts.
 */
import type { Edit } from '../src/lib/block.ts'
import { code, type Finding } from '../src/lib/finding.ts'
import type { QuoteEdit, QuoteKind } from '../src/lib/quotes.ts'
import { elision, inSpans, isAbbreviation, type Span, type Token } from '../src/lib/tokens.ts'

const urlLike = [
  /\b(?:https?|ftp):\/\/[^\s<>"“”‘’]+[^\s<>"“”‘’.,;:!?)\]]/giu,
  /\bwww\.[^\s<>"“”‘’]+[^\s<>"“”‘’.,;:!?)\]]/giu,
  /[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|uk|io|info|co|de|fr|es|it|ru)\b(?:\/[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]])?/giu,
  /(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_.]+[\p{L}\p{N}_]/gu,
]

export function skippedSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const re of urlLike) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const s of spans) {
    const last = merged.at(-1)
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

export function wordsOf(text: string, skip: readonly Span[] = skippedSpans(text)): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*/gu)) {
    const start = m.index
    const end = start + m[0].length
    if (/[\p{N}_]/u.test(text[start - 1] ?? '') || /[\p{N}_]/u.test(text[end] ?? '')) continue
    if (inSpans(skip, start, end)) continue
    const elided = /^[LlDdO]['’](?=\p{L}{2})/u.exec(m[0])
    if (elided) tokens.push({ text: m[0].slice(2), start: start + 2, end })
    else tokens.push({ text: m[0], start, end })
  }
  return tokens
}

const word = /[\p{L}\p{N}]/u
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{—–/“‘]/u.test(c)
const closesBefore = (c: string | undefined) =>
  c === undefined || /[\s.,;:!?)\]}—–…”’\uFFFC]/u.test(c)

export function quoteEdits(text: string, skip: readonly Span[] = []): QuoteEdit[] {
  const edits: QuoteEdit[] = []
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
  const fixed = out.join('')
  for (const m of fixed.matchAll(/([“‘])( +)(?=[\p{L}\p{N}…])/gu)) {
    if (!opensAfter(fixed[m.index - 1]) || inSpans(skip, m.index)) continue
    const start = m.index + 1
    edits.push({ start, end: start + m[2]!.length, replacement: '', kind: 'spacing' })
  }
  for (const m of fixed.matchAll(/(?<=[\p{L}\p{N}.,;:!?…])( +)([”’])/gu)) {
    if (!closesBefore(fixed[m.index + m[0].length]) || inSpans(skip, m.index)) continue
    if (m[2] === '’' && fixed.lastIndexOf('‘', m.index) < 0) continue
    edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: '', kind: 'spacing' })
  }
  return edits.sort((a, b) => a.start - b.start)
}

/** The quote marks `dashStyleOf` counts, over blocks joined by line breaks. */
export function quoteCounts(texts: string[]): { singles: number; doubles: number } {
  const text = texts.join('\n')
  return {
    singles: (text.match(/(?<![\p{L}])‘|(?<=^|\s)'/gu) ?? []).length,
    doubles: (text.match(/“|"/g) ?? []).length,
  }
}

const dashPatterns: [string, RegExp][] = [
  ['spaced-em', /(?<=[^\s\d]) +— +(?=[^\s])|(?<=[^\s]) +— +(?=[^\s\d])/gu],
  ['unspaced-em', /(?<=[^\s—])—(?=[^\s—])/gu],
  ['spaced-en', /(?<=[^\s\d]) +– +(?=[^\s])|(?<=[^\s]) +– +(?=[^\s\d])/gu],
  ['double-hyphen', /(?<=[^\s-]) *--(?!-) *(?=[^\s-])/gu],
  ['hyphen', /(?<=[^\s\d-]) +- +(?=[^\s-])|(?<=[^\s-]) +- +(?=[^\s\d-])/gu],
  ['unspaced-en', /(?<=[\p{Ll}’”)])–(?=[\p{Ll}‘“(])/gu],
]

export function dashesOf(text: string, skip: readonly Span[] = []) {
  const found: (Span & { style: string })[] = []
  for (const [style, re] of dashPatterns) {
    for (const m of text.matchAll(re)) {
      if (inSpans(skip, m.index, m.index + m[0].length)) continue
      found.push({ style, start: m.index, end: m.index + m[0].length })
    }
  }
  found.sort((a, b) => a.start - b.start)
  const enPairs = found.filter((d) => d.style === 'unspaced-en').length
  return found.filter((d) => d.style !== 'unspaced-en' || enPairs >= 2)
}

const outside = (skip: readonly Span[], m: RegExpMatchArray) =>
  !inSpans(skip, m.index!, m.index! + m[0].length)

export function spaceEdits(text: string, skip: readonly Span[] = []): Edit[] {
  const edits: Edit[] = []
  for (const m of text.matchAll(/ {2,}/g)) {
    if (!outside(skip, m)) continue
    const atEdge = m.index === 0 || m.index + m[0].length === text.length
    if (!atEdge) edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ' })
  }
  const lead = /^[ \t]+/.exec(text)
  if (lead) edits.push({ start: 0, end: lead[0].length, replacement: '' })
  const trail = /[ \t]+$/.exec(text)
  if (trail && trail.index > 0)
    edits.push({ start: trail.index, end: text.length, replacement: '' })
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}”’)\]]) +(?=[,.;:!?](?:\s|$|[”’)\]]))/gu)) {
    if (outside(skip, m))
      edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' })
  }
  for (const m of text.matchAll(/(?<=[([]) +(?=\S)|(?<=\S) +(?=[)\]])/gu)) {
    if (outside(skip, m))
      edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' })
  }
  return edits
}

const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const monthRange = new RegExp(`(?<![\\p{L}])${month}(-)${month}(?![\\p{L}])`, 'gu')
const upper = (low: string, high: string) =>
  Number(high.length < low.length ? low.slice(0, low.length - high.length) + high : high)

export function rangeEdits(text: string, skip: readonly Span[] = []): Edit[] {
  const edits: Edit[] = []
  const re =
    /(?<![\p{L}\p{N}.,\-–/:#+]|\d[\s)]|[\p{L}]-)(\d{1,4})-(\d{1,4})(?![\p{L}\p{N}\-–/]|[.,:]\d)/gu
  for (const m of text.matchAll(re)) {
    if (!outside(skip, m)) continue
    const low = m[1]!
    const high = m[2]!
    if (high.length > low.length && !/^9+$/.test(low)) continue
    if (upper(low, high) <= Number(low)) continue
    const at = m.index + low.length
    edits.push({ start: at, end: at + 1, replacement: '–' })
  }
  for (const m of text.matchAll(monthRange)) {
    if (!outside(skip, m)) continue
    const at = m.index + m[0].indexOf('-')
    edits.push({ start: at, end: at + 1, replacement: '–' })
  }
  return edits
}

/** `detectStrayPunctuation` without a lexicon, as it was. */
export function strayPunctuation(text: string): Finding[] {
  const skip = skippedSpans(text)
  const findings: Finding[] = []
  for (const m of text.matchAll(/([\p{L}.]*\p{L})([.!])( +)(\p{Ll}[\p{L}’'-]*)/gu)) {
    if (inSpans(skip, m.index, m.index + m[0].length)) continue
    const w = m[1]!
    if (m[2] === '.' && isAbbreviation(w)) continue
    if (m[2] === '.' && w === w.toUpperCase()) continue
    const mark = m.index + w.length
    if (text[mark - w.length - 1] === '.' || text[mark + 1] === '.') continue
    findings.push({
      start: m.index,
      end: m.index + m[0].length,
      ruleId: 'stray-punctuation',
      reason: `Unexpected ${code(m[2]!)} inside a sentence, expected none`,
      actual: m[0],
      expected: [`${w}${m[3]}${m[4]}`],
    })
  }
  for (const m of text.matchAll(
    /(?<![.,;:])([,;:][,;:.]|(?<![\p{L}]\.?\p{L}?)\.[,;]|(?<!\.)\.\.(?!\.))/gu,
  )) {
    if (inSpans(skip, m.index, m.index + m[0].length)) continue
    const before = /([\p{L}.]+)\.[,;]$/u.exec(
      text.slice(Math.max(0, m.index - 12), m.index + m[0].length),
    )
    if (before && isAbbreviation(before[1]!)) continue
    findings.push({
      start: m.index,
      end: m.index + m[0].length,
      ruleId: 'stray-punctuation',
      reason: `Unexpected ${code(m[0])}, expected one mark`,
      actual: m[0],
      expected: [m[0][1] === ',' || m[0][1] === ';' ? m[0][1]! : m[0][0]!],
    })
  }
  return findings
}
