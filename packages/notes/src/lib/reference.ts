import type { CslName } from '@samizdat/core'
import { type NameList, parseNameList } from './names.ts'
import { year } from './patterns.ts'
import { parseTail } from './tail.ts'

/** The fields a reference is cut into, each as printed in the source. */
export type Field =
  | 'author'
  | 'editor'
  | 'title'
  | 'container'
  | 'place'
  | 'publisher'
  | 'date'
  | 'pages'
  | 'volume'
  | 'issue'
  | 'edition'
  | 'url'
  | 'doi'

export interface ParsedReference {
  /** Each field's text as printed (label words such as `pp.` included). */
  fields: Partial<Record<Field, string>>
  authors: CslName[]
  editors: CslName[]
  /** `in …` introduced the container: a chapter or a contribution. */
  inContainer: boolean
}

const url = /(?:https?:\/\/|www\.)\S+[^\s.,;)>\]]/giu
const doi = /\b(?:doi:?\s?|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[^\s,;]+[^\s.,;)])/giu
const webNoise =
  /\s*(?:\[(?:online|internet|electronic[^\]]*)\]|<\s*>|(?:Retrieved|Available|Accessed|Consulted)(?:\s(?:from|at|online|on))?:?(?=\s*(?:[.,;]|$)))/giu
const leadingNumber = /^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.(?=\s)|\d{1,4}\s(?=\p{Lu}))\s*/u
const quotes: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '‘': '’',
  "'": "'",
  '„': '“”',
  '‚': '‘’',
  '”': '”',
}
const editorMark =
  /^\s*,?\s*\(?(?:eds?|editors?|hrsg|hg|hgg|dir|coord|orgs?|comps?)\.?\)?(?=[\s.,:;]|$)/iu
const authorDate = new RegExp(
  String.raw`^[\s.,:;]*(\((?:c\.\s?)?(?:[^()\d]{2,20}\s)?${year}(?:[-–/]\d{2,4})?(?:,\s?[^)]{1,30})?\)|\(n\.\s?d\.\)|\((?:in press|forthcoming)\)|(?:c\.\s?)?${year}(?=\s*[.:;)]|\s*$))`,
  'iu',
)

// After an inverted name a year followed by a comma is the date too (`McGee, William, 1991, Title`).
const authorDateInverted = new RegExp(
  authorDate.source.replace('(?=\\s*[.:;)]|\\s*$)', '(?=\\s*[.,:;)]|\\s*$|\\s+\\p{Lu})'),
  'iu',
)

/** Cuts one reference into fields. Pure and total: any string gives a result. */
export function parseReference(input: string): ParsedReference {
  const fields: ParsedReference['fields'] = {}
  // Markup left in pasted text (`<italic>…</italic>`) only marks a boundary.
  let text = input
    .replace(/<\/?[a-z]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(leadingNumber, '')
  text = text.replace(url, (m) => {
    fields.url ??= m
    return ''
  })
  text = text.replace(doi, (_match, id: string) => {
    if (!fields.url?.includes(id)) fields.doi ??= id
    return ''
  })
  text = text.replace(webNoise, '').trim()

  let authors: CslName[] = []
  let editors: CslName[] = []
  let pos = 0
  const list = startList(text)
  if (list) {
    const span = text.slice(0, list.end)
    pos = list.end
    const mark = editorMark.exec(text.slice(pos))
    if (mark) {
      fields.editor = text.slice(0, pos + mark[0].length).trim()
      editors = list.names
      pos += mark[0].length
    } else {
      fields.author = span.trim()
      authors = list.names
    }
  }
  const afterAuthors = text.slice(pos)
  let ended = /^\s*([.,:;])/.exec(afterAuthors)?.[1]
  const inverted = list?.form === 'inverted' || list?.form === 'surname-initials'
  const date = (inverted ? authorDateInverted : authorDate).exec(afterAuthors)
  // `L. Trotsky, 1905, London 1973`: after an initials-first name, a bare year followed by a comma is a title.
  if (list && date) {
    fields.date = date[1]!.trim()
    pos += date[0].length
    ended = /^\s*([.,:;])/.exec(text.slice(pos))?.[1] ?? ended
  }
  const rest = text.slice(pos).replace(/^[\s.,:;)]+/, '')
  const restStart = text.length - rest.length
  // `Nano Lett. 2010, 10, 1082`, `J. Appl. Phys. 87, pp. 334–344`: a journal, volume and page, no title.
  const titleEnd =
    list && untitled.test(rest)
      ? 0
      : findTitleEnd(rest, ended === ',' || (!list && commaFirst(rest)))
  const title = rest
    .slice(0, titleEnd)
    .trim()
    .replace(/[\s,;:]+$/, '')
  if (title) fields.title = title
  const tail = parseTail(text.slice(restStart + titleEnd), fields)
  return {
    fields,
    authors,
    editors: editors.length ? editors : tail.editors,
    inContainer: tail.inContainer,
  }
}

const untitled =
  /^(?:[\p{Lu}][\p{L}&'-]*\.?\s?){1,5},?\s(?:(?:1[5-9]|20)\d\d,\s)?\d{1,4}[a-z]?,?\s(?:\(\d+\),?\s)?(?:pp?\.\s?)?[A-Z]?\d+(?:[-–]\d+)?\s*(?:[.,;(]|$)/u

/** An author list, if the text opens with one and something other than more words follows it. */
function startList(text: string): NameList | undefined {
  if (/^\s*[“"«‘„]/u.test(text)) return undefined
  // `———.`, `---.`, `__________ .`: the same author as the entry before.
  const ditto = /^[-–—_]{2,}\s?(?=[.,])/u.exec(text)
  if (ditto)
    return {
      end: ditto[0].length,
      names: [],
      form: 'inverted',
      etAl: false,
      ends: [ditto[0].length],
    }
  const list = parseNameList(text)
  if (!list) {
    // An organisation or collective in capitals: `UNHCR, 2015.`, `COLLECTIF.`
    const body = /^\p{Lu}{3,}(?=[.,]\s)/u.exec(text)
    return body
      ? {
          end: body[0].length,
          names: [{ literal: body[0] }],
          form: 'inverted',
          etAl: false,
          ends: [body[0].length],
        }
      : undefined
  }
  // A name followed by a lower-case word is the start of a sentence, not a byline: cut the list short.
  for (let n = list.ends.length; n > 0; n--) {
    const end = list.ends[n - 1]!
    const after = text.slice(end)
    if (after.trim() === '') continue
    if (/^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|et|in|ed|eds|trans|with)\b/u.test(after)) continue
    return { ...list, end, names: list.names.slice(0, n), ends: list.ends.slice(0, n) }
  }
  return undefined
}

function commaFirst(text: string): boolean {
  const comma = text.indexOf(', ')
  const stop = sentenceEnd(text, 0)
  return comma >= 0 && (stop < 0 || comma < stop)
}

const abbreviation =
  /(?:\b(?:vs|Vol|vol|No|no|St|Dr|Mr|Mrs|Ms|Jr|Sr|ed|eds|Ed|Eds|cf|e\.g|i\.e|pp|p|Co|Inc|Ltd|Corp|Bros|Dept|Univ|trans|Trans|rev|Rev|repr|al|ca|c|approx|fig|Fig|ch|Ch|chap|Nr|nr|vols|Bd|Hrsg|op|cit|ibid|Ibid)|(?:^|[\s.(])\p{Lu})$/u

/** Offset of the first `.`, `?` or `!` that ends a sentence (not an abbreviation or initial), or -1. */
function sentenceEnd(text: string, from: number): number {
  const re = /[.?!](?=\s+[\p{Lu}\p{N}“"‘'«([„]|\s*$)/gu
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '.' && abbreviation.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    return m.index
  }
  return -1
}

/** Where the title ends: a closing quote, a sentence end, or (comma style) a comma before the next field. */
// `(London: Routledge, 1992)`, `(Cambridge: CUP)`: Chicago-style publication details after a title.
const publicationBlock =
  /\s\((?=[^()]*:\s?[^()]+\)|[^()]*\p{L}{2}[^()]*\b(?:1[5-9]|20)\d\d[a-z]?\))[^()]+\)/u

function findTitleEnd(rest: string, commaStyle: boolean): number {
  const block = publicationBlock.exec(rest)
  if (
    block &&
    !/[“"«]|,\s(?:in|In)\s|,\s\d|\.\s\p{Lu}|\b(?:vol|no|pp?)\.?\s?\d/iu.test(
      rest.slice(0, block.index),
    )
  ) {
    return block.index
  }
  if (rest.startsWith('``')) {
    const close = rest.indexOf("''", 2)
    if (close > 0) return close + 2
  }
  const open = rest[0] ?? ''
  const close = quotes[open]
  if (close) {
    for (let i = 1; i < rest.length; i++) {
      if (close.includes(rest[i]!) && !/\p{L}/u.test(rest[i + 1] ?? '')) {
        // Keep punctuation inside the quotes (`“Title,”`) with the title.
        return i + 1
      }
    }
  }
  const stop = sentenceEnd(rest, 0)
  const sentence = stop < 0 ? rest.length : rest[stop] === '.' ? stop : stop + 1
  // A sentence that runs on into volume, pages or year was cut by commas after all.
  const runsOn = /,\s(?:\d+\s?\(|(?:vol|no|pp?|pages)\.?\s|(?:1[5-9]|20)\d\d\b)/iu.test(
    rest.slice(0, sentence),
  )
  if (commaStyle || runsOn) {
    const re =
      /,\s+(?!(?:and|or|the|of|a|an|to|for|with|from|de|la|le|des|du|et|und|der|die|das|el|los|y)\s)(?=[^\s])/gu
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const next = rest.slice(m.index + m[0].length)
      if (
        /^\p{Ll}/u.test(next) &&
        !/^(?:in|ed|eds|edited|trans|pp?|vol|no|tr|repr|quoted|cited|lines?|ll|col|sec|ch|chap|para|art|fig)\b/u.test(
          next,
        )
      )
        continue
      return Math.min(m.index, sentence)
    }
  }
  return sentence
}
