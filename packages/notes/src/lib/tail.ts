import type { CslName } from '@samizdat/core'
import { namesOf, parseNameList } from './names.ts'
import {
  cities,
  dateRe,
  issueLabelled,
  pageRange,
  pagesLabelled,
  publisherWord,
  volumeIssue,
  volumeLabelled,
  volumePages,
} from './patterns.ts'
import type { ParsedReference } from './reference.ts'

type Fields = ParsedReference['fields']

interface Anchor {
  start: number
  end: number
}

const inWord = /^[\s.,:;]*(?:in|In|IN|En|en|Dans|dans|Im|im|Em|em)(?:\s*:\s*|\s+)/u
const editorPhrase =
  /(?:^|[\s,.(])((?:eds?\.|edited by|ed\. by|hrsg\.? v(?:on)?\.?|herausgegeben von|trans\.|translated by)\s+)/giu
const editorsBefore = /^(.{2,200}?)\s*\((?:eds?|Hrsg|Hg|dir|coord|orgs?|comps?)\.?\)\s*[,.:]?\s*/iu
const edition =
  /\b(?:\d+(?:st|nd|rd|th|e|ème|\.)|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Rr]ev(?:ised)?\.?|[Nn]ew|[Ee]nlarged)\s(?:ed\.|edn\.?|edition|Aufl\.?|Auflage|éd\.)/u
const boundaryBefore = /(?:^|[.,;:([]\s*|\s[-–—]\s)$/u
const boundaryAfter = /^\s*(?:[.,;:)\]]|$|\()/u

function firstMatch(
  re: RegExp,
  text: string,
  accept: (m: RegExpExecArray) => boolean = () => true,
) {
  re.lastIndex = 0
  const all: RegExpExecArray[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) if (accept(m)) all.push(m)
  return all
}

const endsInDigit = (s: string) => {
  const last = s.charCodeAt(s.length - 1)
  return last >= 48 && last <= 57
}

const strip = (s: string) => s.replace(/^[\s.,:;([]+|[\s.,:;([]+$/gu, '').trim()

/**
 * The part of a reference after its title: container (journal or book),
 * editors, edition, volume and issue, pages, place and publisher, date.
 * Each field is found by its printed form; the container is what comes
 * before the first of them.
 */
export function parseTail(
  input: string,
  fields: Fields,
): { editors: CslName[]; inContainer: boolean } {
  let text = input
  let offset = 0
  let editors: CslName[] = []
  const anchors: Anchor[] = []
  const mark = (start: number, end: number) => anchors.push({ start, end })

  const lead = inWord.exec(text)
  const inContainer = Boolean(lead)
  if (lead) {
    offset = lead[0].length
    const eds = editorsBefore.exec(text.slice(offset))
    if (eds && parseNameList(eds[1]!)) {
      fields.editor ??= eds[0].trim()
      editors = namesOf(eds[1]!)
      offset += eds[0].length
    }
  }
  text = input

  for (const m of firstMatch(editorPhrase, text, (m) => m.index >= offset)) {
    const start = m.index + m[0].indexOf(m[1]!)
    const after = m.index + m[0].length
    const list = parseNameList(text.slice(after))
    if (!list) continue
    fields.editor ??= text.slice(start, after + list.end).trim()
    if (editors.length === 0) editors = list.names
    mark(start, after + list.end)
  }
  const ed = edition.exec(text)
  if (ed) {
    fields.edition = ed[0]
    mark(ed.index, ed.index + ed[0].length)
  }

  // Pages: a labelled locator wins, then `vol:pages`, then a bare range.
  const labelled = firstMatch(
    pagesLabelled,
    text,
    (m) => m.index >= offset && /^\s*(?:[.,;:)\]]|$|\s\()/u.test(text.slice(m.index + m[0].length)),
  )
  const colon = firstMatch(volumePages, text, (m) => m.index >= offset)
  const ranges = firstMatch(
    pageRange,
    text,
    (m) =>
      m.index >= offset &&
      !isYearRange(m[1]!) &&
      boundaryAfter.test(text.slice(m.index + m[0].length)),
  )
  const pages = labelled.at(-1) ?? undefined
  if (pages) {
    fields.pages = pages[0].trim()
    mark(pages.index, pages.index + pages[0].length)
  } else if (colon.length > 0) {
    const m = colon.at(-1)!
    fields.volume ??= m[1]!
    if (m[2]) fields.issue ??= m[2]
    fields.pages = m[3]!
    mark(m.index, m.index + m[0].length)
  } else if (ranges.length > 0) {
    const m = ranges.at(-1)!
    fields.pages = m[1]!
    mark(m.index, m.index + m[0].length)
  }

  for (const m of firstMatch(volumeLabelled, text, (m) => m.index >= offset)) {
    fields.volume ??= m[0].trim()
    mark(m.index, m.index + m[0].length)
  }
  for (const m of firstMatch(issueLabelled, text, (m) => m.index >= offset)) {
    fields.issue ??= m[0].trim()
    mark(m.index, m.index + m[0].length)
  }
  const overlaps = (start: number, end: number) =>
    anchors.some((a) => start < a.end && end > a.start)
  const issueIsYear = (m: RegExpExecArray) => isYearLike(m[2]!.replace(/[a-z]$/, ''))
  for (const m of firstMatch(
    volumeIssue,
    text,
    (m) =>
      m.index >= offset &&
      !isYearLike(m[1]!) &&
      !issueIsYear(m) &&
      !overlaps(m.index, m.index + m[0].length),
  )) {
    fields.volume ??= m[1]!
    fields.issue ??= m[2]!
    mark(m.index, m.index + m[0].length)
  }

  findPlacePublisher(text, offset, fields, mark)
  findDate(text, offset, fields, mark, anchors)

  const first = anchors.reduce(
    (min, a) => (a.start >= offset && a.start < min ? a.start : min),
    text.length,
  )
  let container = strip(text.slice(offset, first))
  const journalLike = journalWord.test(container) || Boolean(fields.volume || fields.issue)
  if (inContainer || journalLike || !isPlaceOrPublisher(container)) {
    // `Critique 3`, `IS 69`, `Journal of X 61`: a bare number after the name is its volume.
    // Only a container ending in a digit can: the pattern backtracks through all of any other.
    const numbered = endsInDigit(container)
      ? /^(.*\p{L}.*?)[\s,]+(\d{1,4})$/u.exec(container)
      : null
    if (numbered && !fields.volume) {
      container = strip(numbered[1]!)
      fields.volume = numbered[2]!
    }
    // The container's own parts: cut before a sentence end followed by publisher-like text.
    if (container && /\p{L}{2}/u.test(container)) fields.container = container
  } else if (container) {
    if (!fields.publisher && publisherWord.test(container)) fields.publisher = container
    else if (!fields.place) fields.place = container
  }
  // `ApJ, 475, 163`: a volume then a bare number is the first page.
  if (!fields.volume || !fields.pages) {
    const bare = /^[\s.,:;]*(\d{1,5})[\s.,:;]+(\d{1,6})?[\s.,;]*$/u.exec(
      text.slice(first).replace(dateRe, ''),
    )
    if (bare && fields.container) {
      fields.volume ??= bare[1]!
      if (bare[2]) fields.pages ??= bare[2]
    }
  }
  return { editors, inContainer }
}

/** Words that name a periodical or a proceedings volume, even when a society's name is in it. */
const journalWord =
  /\b(?:Journal|Review|Proceedings|Transactions|Bulletin|Letters|Annals|Annual|Quarterly|Magazine|Studies|Notices|Newsletter|Gazette|Times|Herald|Post|Tribune|Zeitschrift|Revue|Rivista|Revista|Archives?|Trans|Proc|Comm|Conference|Symposium|Workshop|J)\b\.?/u

function isYearLike(n: string): boolean {
  const v = Number(n)
  return n.length === 4 && v >= 1500 && v <= 2039
}

function isYearRange(range: string): boolean {
  const [a, b] = range.split(/\s?[-–—‐]{1,2}\s?/)
  return (
    isYearLike(a ?? '') &&
    (isYearLike(b ?? '') || (b?.length === 2 && Number(b) > Number(a!.slice(2))))
  )
}

function isPlaceOrPublisher(text: string): boolean {
  return cities.has(text) || publisherWord.test(text)
}

function findPlacePublisher(
  text: string,
  offset: number,
  fields: Fields,
  mark: (s: number, e: number) => void,
): void {
  // `London: Verso`, `New York, NY: Springer`, `Paris : Gallimard`
  const word = String.raw`(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*)`
  const colon = new RegExp(
    String.raw`(?<=^|[.,;()]\s*|\s)(${word}(?:(?:\s|-|\/|\s?&\s?)(?:${word}|de|am|upon|on|sur|and)){0,3}(?:,\s?(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?)\s?:\s?([^,.;:()]+(?:\.\s?\p{Lu}[^,.;:()]*)*)`,
    'gu',
  )
  for (const m of firstMatch(colon, text, (m) => m.index >= offset)) {
    const place = m[1]!.trim()
    const publisher = m[2]!.trim()
    const ends = /^\s*(?:,?\s*(?:1[5-9]\d\d|20[0-3]\d)|[.)]?\s*$)/u.test(
      text.slice(m.index + m[0].length),
    )
    const known = cities.has(place.replace(/,.*$/, '')) || publisherWord.test(publisher) || ends
    if (!known || place.split(/\s/).length > 4 || journalWord.test(place)) continue
    fields.place ??= place
    fields.publisher ??= publisher
    mark(m.index, m.index + m[0].length)
    return
  }
  // `London 1977`, `Paris, Gallimard, 2000`, `Oxford University Press, Oxford`
  const segments = [...text.matchAll(/[^,;.()]+/gu)]
  for (const seg of segments) {
    if (seg.index < offset) continue
    const value = seg[0].trim()
    const start = seg.index + seg[0].indexOf(value)
    const withYear = /^(.+?)\s(?:1[5-9]\d\d|20[0-3]\d)$/u.exec(value)
    if (cities.has(value) || (withYear && cities.has(withYear[1]!))) {
      let place = withYear ? withYear[1]! : value
      // `Pittsburgh, Pennsylvania`, `Sunderland, MA`, `London, United Kingdom`, `Washington, D.C.`
      const region = /^,\s?((?:\p{Lu}[\p{L}]*\.?\s?){1,3}(?:\p{Lu}\.)?)(?=\s*(?:[.,:;)]|$))/u.exec(
        text.slice(start + place.length),
      )
      if (!withYear && region && !/\d/.test(region[1]!) && !publisherWord.test(region[1]!))
        place = `${place}, ${region[1]!.trim()}`
      fields.place ??= place
      mark(start, start + place.length)
    } else if (
      !fields.publisher &&
      publisherWord.test(value) &&
      value.split(/\s+/).length <= 8 &&
      !/^\d/.test(value)
    ) {
      // A publisher only after the container, never as its first words.
      const before = text.slice(offset, start)
      if (/\p{L}{2}/u.test(before) || fields.place) {
        fields.publisher = value
        mark(start, start + value.length)
      }
    }
  }
}

function findDate(
  text: string,
  offset: number,
  fields: Fields,
  mark: (s: number, e: number) => void,
  anchors: Anchor[],
): void {
  const candidates = firstMatch(dateRe, text, (m) => {
    if (m.index < offset) return false
    const end = m.index + m[0].length
    return !anchors.some(
      (a) =>
        m.index < a.end &&
        end > a.start &&
        !(a.end === m.index + m[0].length - 0 && a.start > m.index),
    )
  })
  if (candidates.length === 0) return
  const standalone = candidates.filter((m) => {
    const before = text.slice(0, m.index)
    const after = text.slice(m.index + m[0].length)
    const placed = fields.place && before.trimEnd().endsWith(fields.place)
    return (boundaryBefore.test(before) || placed) && boundaryAfter.test(after)
  })
  const chosen = standalone.at(-1) ?? candidates.at(-1)!
  if (!fields.date) fields.date = chosen[0].trim()
  mark(chosen.index, chosen.index + chosen[0].length)
}
