/**
 * Error injection for the proof evaluation: a fixed-seed generator puts
 * about `rate` errors per 1,000 words into a clean text, of five kinds —
 * misspellings from Wikipedia's list of common misspellings, OCR confusions
 * (`and`→`arid`, `It`→`ft`, `the`→`tbe`, `m`→`rn`), words run together and
 * doubled words — and says where each one is.
 */

export type ErrorKind = 'misspelling' | 'ocr' | 'run-together' | 'doubled'

export interface Injected {
  kind: ErrorKind
  /** Offsets in the injected text. */
  start: number
  end: number
  before: string
  after: string
}

/** mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `wrong->right` lines → right (lower case) → wrong forms. */
export function parseMisspellings(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const [wrong, right] = line.trim().split('->')
    if (!wrong || !right || /[^a-z]/i.test(wrong) || /[^a-z]/i.test(right)) continue
    const key = right.toLowerCase()
    map.set(key, [...(map.get(key) ?? []), wrong.toLowerCase()])
  }
  return map
}

interface Word {
  text: string
  start: number
  end: number
}

const caseAs = (model: string, word: string) =>
  /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word

/** One candidate error at word `i`, or undefined when that kind does not fit there. */
function errorAt(
  kind: ErrorKind,
  words: Word[],
  i: number,
  text: string,
  misspellings: Map<string, string[]>,
  rand: () => number,
): { start: number; end: number; after: string } | undefined {
  const w = words[i]!
  const next = words[i + 1]
  const lower = w.text.toLowerCase()
  switch (kind) {
    case 'misspelling': {
      const wrong = misspellings.get(lower)
      if (!wrong) return undefined
      return {
        start: w.start,
        end: w.end,
        after: caseAs(w.text, wrong[Math.floor(rand() * wrong.length)]!),
      }
    }
    case 'ocr': {
      if (w.text === 'and') return { start: w.start, end: w.end, after: 'arid' }
      if (
        w.text === 'It' &&
        /^\s*$|[.!?]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))
      ) {
        return { start: w.start, end: w.end, after: 'ft' }
      }
      if (lower === 'the') return { start: w.start, end: w.end, after: caseAs(w.text, 'tbe') }
      const m = w.text.indexOf('m')
      if (m >= 0 && w.text.length >= 4) {
        return {
          start: w.start,
          end: w.end,
          after: `${w.text.slice(0, m)}rn${w.text.slice(m + 1)}`,
        }
      }
      return undefined
    }
    case 'run-together': {
      if (!next || text.slice(w.end, next.start) !== ' ') return undefined
      return { start: w.start, end: next.end, after: w.text + next.text }
    }
    case 'doubled': {
      if (/^\p{Lu}/u.test(w.text) || lower === 'that' || lower === 'had') return undefined
      return { start: w.start, end: w.end, after: `${w.text} ${w.text}` }
    }
  }
}

const kinds: ErrorKind[] = ['misspelling', 'ocr', 'run-together', 'doubled']

/** Inject about `rate` errors per 1,000 words into `text`, spread out, at least 8 words apart. */
export function inject(
  text: string,
  misspellings: Map<string, string[]>,
  rand: () => number,
  rate = 6,
): { text: string; errors: Injected[] } {
  // Whole words only: not a piece of `don’t` or `well-known`, where an error would be something else.
  const words: Word[] = [...text.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu)].map(
    (m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }),
  )
  const total = text.match(/\p{L}+/gu)?.length ?? 0
  const target = Math.max(1, Math.round((total * rate) / 1000))
  const chosen: { kind: ErrorKind; start: number; end: number; after: string }[] = []
  const used = new Set<number>()
  let tries = 0
  while (chosen.length < target && tries < target * 200) {
    tries++
    const i = Math.floor(rand() * words.length)
    if ([...used].some((u) => Math.abs(u - i) < 8)) continue
    const kind = kinds[chosen.length % kinds.length]!
    const error = errorAt(kind, words, i, text, misspellings, rand)
    if (!error) continue
    used.add(i)
    chosen.push({ kind, ...error })
  }
  chosen.sort((a, b) => a.start - b.start)
  let out = ''
  let last = 0
  const errors: Injected[] = []
  for (const c of chosen) {
    out += text.slice(last, c.start)
    errors.push({
      kind: c.kind,
      start: out.length,
      end: out.length + c.after.length,
      before: text.slice(c.start, c.end),
      after: c.after,
    })
    out += c.after
    last = c.end
  }
  out += text.slice(last)
  return { text: out, errors }
}
