import type { Block } from './blocks.ts'
import { bio } from './bylines.ts'
import { caseless } from './caseless.ts'
import { dateLine } from './dates.ts'
import {
  actionRe,
  addresseeRe,
  creditLineRe,
  danglingLinkRe,
  emailRe,
  handleRe,
  labelRe,
  legalRe,
  otherActionRe,
  otherLabelRe,
  otherRightsRe,
  otherSectionLabelRe,
  otherSiteRe,
  otherWidgetTitleRe,
  photoCreditRe,
  pictureNounRe,
  relatedLinkRe,
  sectionLabelRe,
  stampRe,
  urlRe,
} from './patterns.ts'
import { nameLike } from './shape.ts'

/** What a line-level rule decided: the rule id (without `clean:`) and why. */
export interface Verdict {
  rule: string
  reason: string
  /** Only outside the main text: the same words could head a section of an article. */
  outsideOnly?: boolean
}

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`

const separatorRe = /[|•·»›>/]|\s{3}/

/** A menu or breadcrumb: several short items between separators, none a sentence. */
export function navigation(b: Block): Verdict | undefined {
  // Most blocks hold no separator at all.
  if (!separatorRe.test(b.text)) return undefined
  const items = b.text.split(/\s+[|•·»›>/]\s+|\s*\|\s*|\s{3,}/u).filter((s) => s.trim())
  if (items.length < 2) return undefined
  const short = items.every((s) => s.trim().split(/\s+/u).length <= 6 && !/[.!?]$/u.test(s.trim()))
  if (!short) return undefined
  return {
    rule: 'navigation',
    reason: `Unexpected navigation bar ${quote(b.text)}, expected article text`,
  }
}

/** A lone interface label: `Tags`, `Share this article`, `Advertisement`. */
export function label(b: Block): Verdict | undefined {
  if (b.words.length > 6) return undefined
  const reason = `Unexpected page label ${quote(b.text)}, expected article text`
  if (labelRe.test(b.text) || otherLabelRe.test(b.text) || otherWidgetTitleRe.test(b.text))
    return { rule: 'label', reason }
  if (sectionLabelRe.test(b.text) || otherSectionLabelRe.test(b.text))
    return { rule: 'label', reason, outsideOnly: true }
  return undefined
}

/** A copyright or trademark line of a site footer. */
export function legal(b: Block): Verdict | undefined {
  if (b.words.length > 60 || !(legalRe.test(b.text) || otherRightsRe.test(b.text))) return undefined
  return {
    rule: 'legal',
    reason: `Unexpected copyright line ${quote(b.text)}, expected article text`,
  }
}

/** "Last updated: 19.11.2012": dates the page, not the article. */
export function stamp(b: Block): Verdict | undefined {
  if (b.words.length > 12) return undefined
  const m = stampRe.exec(b.text)
  if (!m) return undefined
  const rest = b.text.slice(m[0].length).trim()
  if (rest && !dateLine(rest) && !/^\d/u.test(rest)) return undefined
  return { rule: 'stamp', reason: `Unexpected page stamp ${quote(b.text)}, expected article text` }
}

const siteRe = caseless(/\b(?:us|our|ours|we|we[’']re|we[’']ll|we[’']ve|please)\b/iu)

/**
 * A call to action: subscribe, share, donate, contact, follow, cookies. Needs
 * an addressee, an exclamation or an address beside the wording, and stays
 * short, so an essay that mentions subscribers keeps its paragraph.
 */
export function callToAction(b: Block): Verdict | undefined {
  if (b.words.length > 90) return undefined
  const action = actionRe.exec(b.text) ?? otherActionRe.exec(b.text)
  // Both need an at sign: most blocks have none.
  const address = b.text.includes('@') ? (emailRe.exec(b.text) ?? handleRe.exec(b.text)) : null
  // An author's bio that sells a book is the metadata rules' to judge.
  if ((!action && !address) || bio(b.text)) return undefined
  if (action) {
    // The site speaking ("our newsletter", "support us") or pointing somewhere is an appeal
    // wherever it stands; words to the reader alone may be the article's ("you can sign up
    // for a free trial"), so they count only outside the main text.
    const site =
      siteRe.test(b.text) ||
      otherSiteRe.test(b.text) ||
      /!/u.test(b.text) ||
      address ||
      urlRe.test(b.text) ||
      // A pull quote with the sharing plugin's button after it ("… Click To Tweet").
      /\b(?:click|tap) to (?:tweet|share)\s*$/iu.test(b.text)
    if (site || addresseeRe.test(b.text)) {
      return {
        rule: 'call-to-action',
        reason: `Unexpected call to action (${quote(action[0])}), expected article text`,
        ...(site ? {} : { outsideOnly: true }),
      }
    }
  }
  if (
    address &&
    b.words.length <= 40 &&
    /\b(?:contact|reach|write|e-?mail|message|dm|follow)\b/iu.test(b.text)
  ) {
    return {
      rule: 'call-to-action',
      reason: `Unexpected contact appeal (${quote(address[0].trim())}), expected article text`,
    }
  }
  return undefined
}

/**
 * A photographer and an outlet joined by slashes, the line alone: "Jason
 * Cipriani/ZDNet", "Sakib Ali/Hindustan Times/Getty Images". A person's name
 * first, so a heading such as "Israel/Palestine" is no credit.
 */
function slashCredit(b: Block): boolean {
  if (b.words.length > 12 || !b.text.includes('/')) return false
  const [person = '', ...outlets] = b.text.split(/\s*\/\s*/u)
  // Names as people write them ("Amy K. Dragoo"), not an interface's capitals ("View PDF").
  const written = person.split(/\s+/u).every((w) => /^\p{Lu}(?:\p{Ll}|\.$)/u.test(w))
  return (
    outlets.length > 0 &&
    written &&
    nameLike(person) &&
    outlets.every((o) => /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u.test(o))
  )
}

/** A photo caption whose picture is gone: a credit, or words describing the picture. */
export function caption(b: Block): Verdict | undefined {
  if (b.words.length > 60) return undefined
  const labelled = /^(?:image|photo|picture|video)\s+caption\b/iu.test(b.text)
  if (
    labelled ||
    photoCreditRe.test(b.text) ||
    (b.words.length <= 12 && creditLineRe.test(b.text)) ||
    slashCredit(b)
  ) {
    return {
      rule: 'caption',
      reason: `Unexpected photo caption ${quote(b.text)}, expected article text (the picture is gone)`,
    }
  }
  if (b.words.length <= 40 && b.sentences <= 1 && pictureNounRe.test(b.text)) {
    return {
      rule: 'caption',
      reason: `Unexpected picture description ${quote(b.text)}, expected article text`,
    }
  }
  return undefined
}

/** "READ MORE: …", "[Related: …]": a link to another article, left as text. */
export function relatedLink(b: Block): Verdict | undefined {
  if (b.words.length > 30 || !relatedLinkRe.test(b.text) || b.sentences > 1) return undefined
  return {
    rule: 'related-link',
    reason: `Unexpected link to another article ${quote(b.text)}, expected article text`,
  }
}

/** "You can read part one here:": points at a link the paste lost. */
export function danglingLink(b: Block): Verdict | undefined {
  if (b.words.length > 40 || !danglingLinkRe.test(b.text)) return undefined
  return {
    rule: 'dangling-link',
    reason: `Unexpected pointer to a lost link ${quote(b.text)}, expected article text`,
  }
}

/** The line rules, in the order they are tried: the first that applies decides. */
export const lineRules = [
  navigation,
  label,
  legal,
  stamp,
  relatedLink,
  callToAction,
  caption,
  danglingLink,
]

/** The verdict of the first line rule that applies to a block (it depends on the text alone). */
export function furnitureOf(b: Block): Verdict | undefined {
  if (b.memo.verdict === undefined) {
    b.memo.verdict = null
    for (const rule of lineRules) {
      const v = rule(b)
      if (v) {
        b.memo.verdict = v
        break
      }
    }
  }
  return b.memo.verdict ?? undefined
}
