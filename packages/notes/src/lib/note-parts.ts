import { parseNameList } from './names.ts'

/** One work named in a note, before it is parsed or resolved. */
export type NotePart =
  | { kind: 'work'; text: string; quotedIn?: boolean }
  /** `Ibid., p. 9` */
  | { kind: 'ibid'; locator?: string }
  /** `Trotsky, op. cit., p. 389`, `Broué, loc. cit.` */
  | { kind: 'op-cit' | 'loc-cit'; author: string; locator?: string }
  /** `A. Gramsci, Workers’ Democracy, ibid., p. 65`: a piece in the collection cited before. */
  | {
      kind: 'chapter'
      via: 'ibid' | 'op-cit' | 'loc-cit'
      author: string
      title: string
      locator?: string
    }

const lead =
  /^(?:see\s+also|see,?\s+e\.\s?g\.,?|see|cf\.?|compare|also|e\.\s?g\.,?|for example,?|on this,?\s+see)\s+/iu
const ibid = /^(?:ibid|ibidem|ib)\.?(?:,?\s*(.*))?$/iu
const back = /^(.+?),?\s*\b(op\.?\s?cit|loc\.?\s?cit|ibid|ibidem)\.?(?:,?\s*(.*))?$/iu

const cleanLocator = (s: string | undefined) => {
  const v = s?.trim().replace(/[.;,]+$/, '')
  return v ? v : undefined
}

/**
 * Splits a note into the works it names: `;` between citations, `quoted in`
 * or `cited in` before a second work, `, and` before a new author; the
 * words `See`, `See also`, `Cf.` before a citation are not part of it.
 */
export function splitNote(note: string): NotePart[] {
  const text = note.replace(/\s+/g, ' ').trim()
  const parts: NotePart[] = []
  for (const chunk of splitTopLevel(text)) {
    const pieces = chunk.split(/,?\s+(?=(?:quoted|cited|reprinted|translated)\s+in\s)/iu)
    pieces.forEach((piece, i) => {
      const body = piece
        .replace(/^(?:quoted|cited|reprinted|translated)\s+in\s+/iu, '')
        .replace(lead, '')
        .trim()
      if (!body) return
      for (const work of splitAuthors(body)) parts.push(classify(work, i < pieces.length - 1))
    })
  }
  return parts
}

function classify(text: string, quotedIn: boolean): NotePart {
  const body = text.replace(/[.;]\s*$/, '')
  const alone = ibid.exec(body)
  if (alone) {
    const locator = cleanLocator(alone[1])
    return locator ? { kind: 'ibid', locator } : { kind: 'ibid' }
  }
  const m = back.exec(body)
  if (m) {
    const before = m[1]!.trim()
    const word = m[2]!.toLowerCase().replace(/\s/g, '')
    const via = word.startsWith('op') ? 'op-cit' : word.startsWith('loc') ? 'loc-cit' : 'ibid'
    const locator = cleanLocator(m[3])
    const names = parseNameList(before)
    // `Trotsky, op. cit.`: a bare surname names the author too.
    const named = (names && names.end >= before.length - 1) || /^\p{Lu}[\p{L}'’-]+$/u.test(before)
    if (named && via !== 'ibid')
      return { kind: via, author: before, ...(locator ? { locator } : {}) }
    // `Author, Title, ibid.`: the author's list ends at a comma and a title follows.
    const comma = names ? before.slice(names.end).match(/^\s*,\s*(.+)$/u) : null
    if (names && comma) {
      return {
        kind: 'chapter',
        via,
        author: before.slice(0, names.end),
        title: comma[1]!,
        ...(locator ? { locator } : {}),
      }
    }
  }
  return quotedIn ? { kind: 'work', text, quotedIn } : { kind: 'work', text }
}

/** Splits at `;` outside brackets. */
function splitTopLevel(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(' || ch === '[') depth++
    else if ((ch === ')' || ch === ']') && depth > 0) depth--
    else if (ch === ';' && depth === 0) {
      out.push(text.slice(start, i))
      start = i + 1
    }
  }
  out.push(text.slice(start))
  return out.map((s) => s.trim()).filter(Boolean)
}

/**
 * `…, London 1974, and P. Binns and D. Hallas, The Soviet Union…`: a new
 * citation starts after `, and` when a full citation (with a year or a page)
 * precedes and an author list followed by a comma follows.
 */
function splitAuthors(text: string): string[] {
  const re = /,\s+and\s+/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index)
    const after = text.slice(m.index + m[0].length)
    if (!/(?:1[5-9]|20)\d\d|\bpp?\.\s?\d/u.test(before)) continue
    const names = parseNameList(after)
    if (!names || !/^\s*,/u.test(after.slice(names.end))) continue
    return [before, ...splitAuthors(after)]
  }
  return [text]
}
