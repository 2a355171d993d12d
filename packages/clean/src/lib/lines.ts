import type { Block } from './blocks.ts'
import { bio } from './bylines.ts'
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
  photoCreditRe,
  pictureNounRe,
  relatedLinkRe,
  sectionLabelRe,
  stampRe,
  urlRe,
} from './patterns.ts'
/** What a line-level rule decided: the rule id (without `clean:`) and why. */
export interface Verdict {
  rule: string
  reason: string
  /** Only outside the main text: the same words could head a section of an article. */
  outsideOnly?: boolean
}

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`

/** A menu or breadcrumb: several short items between separators, none a sentence. */
export function navigation(b: Block): Verdict | undefined {
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
  if (labelRe.test(b.text)) return { rule: 'label', reason }
  if (sectionLabelRe.test(b.text)) return { rule: 'label', reason, outsideOnly: true }
  return undefined
}

/** A copyright or trademark line of a site footer. */
export function legal(b: Block): Verdict | undefined {
  if (b.words.length > 60 || !legalRe.test(b.text)) return undefined
  return {
    rule: 'legal',
    reason: `Unexpected copyright line ${quote(b.text)}, expected article text`,
  }
}

/** "Last updated: 19.11.2012": dates the page, not the article. */
export function stamp(b: Block): Verdict | undefined {
  const m = stampRe.exec(b.text)
  if (!m || b.words.length > 12) return undefined
  const rest = b.text.slice(m[0].length).trim()
  if (rest && !dateLine(rest) && !/^\d/u.test(rest)) return undefined
  return { rule: 'stamp', reason: `Unexpected page stamp ${quote(b.text)}, expected article text` }
}

/**
 * A call to action: subscribe, share, donate, contact, follow, cookies. Needs
 * an addressee, an exclamation or an address beside the wording, and stays
 * short, so an essay that mentions subscribers keeps its paragraph.
 */
export function callToAction(b: Block): Verdict | undefined {
  // An author's bio that sells a book is the metadata rules' to judge.
  if (b.words.length > 90 || bio(b.text)) return undefined
  const action = actionRe.exec(b.text)
  const address = emailRe.exec(b.text) ?? handleRe.exec(b.text)
  if (action) {
    const pointed = addresseeRe.test(b.text) || /!/u.test(b.text) || address || urlRe.test(b.text)
    if (pointed) {
      return {
        rule: 'call-to-action',
        reason: `Unexpected call to action (${quote(action[0])}), expected article text`,
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

/** A photo caption whose picture is gone: a credit, or words describing the picture. */
export function caption(b: Block): Verdict | undefined {
  if (b.words.length > 60) return undefined
  const labelled = /^(?:image|photo|picture|video)\s+caption\b/iu.test(b.text)
  if (
    labelled ||
    photoCreditRe.test(b.text) ||
    (b.words.length <= 12 && creditLineRe.test(b.text))
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

// Verdicts depend on the text alone, and every plugin asks again: remember them.
const memo = new Map<string, Verdict | null>()

/** The verdict of the first line rule that applies to a block. */
export function furnitureOf(b: Block): Verdict | undefined {
  const known = memo.get(b.text)
  if (known !== undefined) return known ?? undefined
  let found: Verdict | null = null
  for (const rule of lineRules) {
    const v = rule(b)
    if (v) {
      found = v
      break
    }
  }
  if (memo.size > 20_000) memo.clear()
  memo.set(b.text, found)
  return found ?? undefined
}
