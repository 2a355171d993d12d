import type { PartialDate } from '@samizdat/core'
import type { Block } from './blocks.ts'
import { caseless } from './caseless.ts'
import { findDate } from './dates.ts'
import { nameLike, splitNames } from './shape.ts'

/** What a byline gave: names, and a date when it carried one. */
export interface Byline {
  authors: string[]
  date?: PartialDate
}

const byRe = caseless(
  /^(?:(?:written|posted|words|text|story|report(?:ed)?|interview|photos?|published)\s+by|by|von|par|por|di|door|av|author(?:s)?\s*:|words\s*:|text\s*:)\s+(.+)$/iu,
)
// The words `byRe` opens with, anywhere in the text.
const byWordRe = caseless(/(?:^|[^\p{L}])(?:by|von|par|por|di|door|av|author|words|text)/iu)
const roleRe = /\s*(?:[|,–—-]|\bis\b)\s*(?:[\p{Ll}\p{Lu}][\p{L}.'’ -]{0,40})?$/u

/**
 * "By Alyson Escalante", "Posted by A and B | March 3, 2021", "Words: X".
 * The rest of the line may hold a date or a role ("Opinion Columnist"), but
 * nothing that reads as a sentence.
 */
export function byline(text: string): Byline | undefined {
  if (text.length > 160) return undefined
  let m = byRe.exec(text.trim())
  let found = m?.[1] ? findDate(m[1]) : undefined
  if (!m?.[1]) {
    // The date first: "Monday November 18, 2019 7:45 am PST by Joe Rossignol". Without one of
    // the byline's opening words there is nothing to look for (and dates are slow to find).
    if (!byWordRe.test(text)) return undefined
    found = findDate(text)
    const after = found
      ? /^[\s|,–—-]*(?:(?:[a-z]{1,4}\.?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?[\s|,–—-]*(.*)$/iu.exec(
          found.rest.trim(),
        )
      : null
    m = after?.[1] ? byRe.exec(after[1].trim()) : null
    if (!m?.[1]) return undefined
  }
  let rest = m[1]
  if (found && rest.includes(found.text)) rest = rest.replace(found.text, ' ')
  rest = rest
    .replace(/\s+(?:on|at|in|updated|published)\s*$/iu, '')
    .replace(/[\s|,–—-]+$/u, '')
    .trim()
  let authors = splitNames(rest)
  if (!authors) {
    // A role or outlet after a separator: "Jane Roe, Staff Reporter", "Jane Roe | Reuters".
    const cut = rest.split(/\s*[|,–—]\s*|\s+-\s+/u)
    for (let n = cut.length - 1; n >= 1 && !authors; n--)
      authors = splitNames(cut.slice(0, n).join(', '))
    if (!authors && cut[0] && nameLike(cut[0].replace(roleRe, '')))
      authors = [cut[0].replace(roleRe, '').trim()]
  }
  if (!authors) return undefined
  return found ? { authors, date: found.date } : { authors }
}

/** `byline` of a block's text, asked once per text. */
export function bylineOf(b: Block): Byline | undefined {
  if (b.memo.byline === undefined) b.memo.byline = byline(b.text) ?? null
  return b.memo.byline ?? undefined
}

/** "…, writes Alex Callinicos" closing a standfirst: the names, and the text without them. */
export function writesByline(text: string): { authors: string[]; rest: string } | undefined {
  const m =
    /^(.*\S)[,;:]?\s+(?:writes|says|argues|reports|explains|asks|reviews)\s+([^,.;:]+?)\.?$/u.exec(
      text.trim(),
    )
  if (!m?.[1] || !m[2]) return undefined
  const authors = splitNames(m[2])
  if (!authors) return undefined
  return { authors, rest: m[1].replace(/[,;:–—-]\s*$/u, '').trim() }
}

/** Where an article appeared first: the publication and the issue. */
export interface Appearance {
  publication: string
  issue?: string
}

const fromRe = caseless(
  /^(?:from|originally (?:published|appeared) in|first (?:published|appeared) in|published in|reprinted from|republished from|this (?:article|essay|piece) (?:was )?(?:first |originally )?(?:published|appeared) in)\s+(.+?)\.?$/iu,
)
const issueStartRe = caseless(
  /,\s*(?=(?:no|nos|vol|volume|issue|number|iss|#|n°|nr)\b\.?|#|\d|(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b))/iu,
)

/**
 * "From International Socialism (1st series), No. 103, November 1977, pp. 7–13."
 * The publication is what comes before the first number, volume or date.
 */
export function appearance(text: string): Appearance | undefined {
  if (text.length > 240) return undefined
  const m = fromRe.exec(text.trim())
  if (!m?.[1]) return undefined
  const body = m[1]
  const cut = issueStartRe.exec(body)
  const publication = (cut ? body.slice(0, cut.index) : body).trim()
  if (
    !publication ||
    publication.split(/\s+/u).length > 10 ||
    !/^[\p{Lu}\p{N}‘“"']/u.test(publication)
  )
    return undefined
  const issue = cut ? body.slice(cut.index).replace(/^,\s*/u, '').trim() : undefined
  return issue ? { publication, issue } : { publication }
}

const issueLineRe = caseless(
  /^(?:issue|iss\.|no\.|nos\.|number|vol(?:ume)?\.?|#)\s*(?:no\.?\s*|number\s*|#\s*)?\d[\w./–-]*(?:\s*[,(]\s*[^)]{0,40}\)?)?\s*$/iu,
)

/** "Issue No. 2032", "Vol. 4, No. 2", "No. 103". */
export function issueLine(text: string): string | undefined {
  const t = text.trim()
  return t.length <= 60 && issueLineRe.test(t) ? t : undefined
}

const creditRe = caseless(
  /^(?:transcribed|transcription|transcriber|marked up|mark-?up|html(?: mark-?up)?|proof-?read(?:ing)?|scanned|digiti[sz]ed|digiti[sz]ation|translated|translation|converted|prepared|typed|ocr|courtesy of|source\s*:|sourced? from|republished|reprinted|copied|archived|edited for|thanks to)\b/iu,
)

/** Transcription and source credits, kept for the colophon. */
export function credit(text: string): string | undefined {
  const t = text.trim()
  return t.length <= 300 && creditRe.test(t) ? t : undefined
}

const bioRe =
  /^((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}?[\p{Lu}][\p{L}.'’-]*)\s+(?:is|was|has|teaches|writes|works|lives|edits|runs|studies|organi[sz]es|co-?founded|founded)\b/u
const advertRe = caseless(
  /\b(?:phone|tel\.?|call|order|buy|bookshop|bookstore|shop|store|available (?:from|at)|price|£\s?\d|\$\s?\d|€\s?\d)\b|(?:\+?\d[\d ()-]{7,}\d)|\bwww\.|https?:\/\//iu,
)

/** A closing "NAME is …" note: the name, and whether it sells something. */
export function bio(text: string): { name: string; advert: boolean } | undefined {
  const m = bioRe.exec(text.trim())
  if (!m?.[1] || !nameLike(m[1])) return undefined
  return { name: m[1].trim(), advert: advertRe.test(text) }
}
