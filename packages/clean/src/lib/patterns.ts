import { caseless, type Matcher } from './caseless.ts'
import * as other from './vocabulary.ts'

/**
 * The vocabulary of web pages in general (not of any one site): interface
 * labels, calls to action, credits and stamps. Rules combine these with
 * position, length and punctuation; a word list alone never removes prose.
 */

// A label may carry a count: "View all (4)", "Comments [12]".
const wholeLineOf = (words: string[]) => `^(?:${words.join('|')})s*(?:\\s*[([]\\d+[)\\]])?[:»›>|]*$`
const wholeLine = (words: string[]) => caseless(new RegExp(wholeLineOf(words), 'iu'))

const nonAsciiRe = /[\u0080-\uffff]/

/**
 * A pattern of words in other languages. Case-insensitive matching of
 * accented letters is slow, so the words that hold one are tried only on a
 * text that holds one of the letters they need (it cannot match otherwise):
 * a text whose only characters beyond ASCII are curly quotes and dashes skips
 * them.
 */
export function vocabulary(
  words: string[],
  source: (words: string[], ascii: boolean) => string,
): Matcher {
  const plain = words.filter((w) => !nonAsciiRe.test(w))
  const accented = words.filter((w) => nonAsciiRe.test(w))
  const needed = accented.map((w) => {
    const c = needs(w)
    if (c === undefined) throw new Error(`vocabulary: ${w} may match ASCII text`)
    return c
  })
  const never = /(?!)/
  const fast = plain.length ? caseless(new RegExp(source(plain, true), 'iu')) : never
  const slow = accented.length ? new RegExp(source(accented, false), 'iu') : never
  // Any case of any letter a word needs (a class folds case quickly, even with `u`).
  const gate = needed.length ? new RegExp(`[${[...new Set(needed)].join('')}]`, 'iu') : never
  return {
    source: source(words, false),
    test: (text) => fast.test(text) || (gate.test(text) && slow.test(text)),
    exec: (text) => fast.exec(text) ?? (gate.test(text) ? slow.exec(text) : null),
  }
}

/** Whole words: `\\b` where the words are ASCII, letters not beside them where not. */
const asWords = (words: string[], ascii: boolean) =>
  ascii ? `\\b(?:${words.join('|')})\\b` : `(?:^|[^\\p{L}])(?:${words.join('|')})(?![\\p{L}])`

/**
 * A character beyond ASCII that every match of the fragment holds: the first
 * one outside any group or class and not made optional by the quantifier
 * after it (undefined when there is none, or when an alternation at the top
 * could do without it).
 */
function needs(fragment: string): string | undefined {
  let depth = 0
  let inClass = false
  let found: string | undefined
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment[i]!
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (depth === 0 && c === '|') return undefined
    else if (
      found === undefined &&
      depth === 0 &&
      nonAsciiRe.test(c) &&
      !/^(?:[?*]|\{0)/u.test(fragment.slice(i + 1))
    )
      found = String.fromCodePoint(fragment.codePointAt(i)!)
  }
  return found
}

/** Interface labels in other languages, as whole lines. */
export const otherLabelRe = vocabulary(other.labels, wholeLineOf)
/** Titles of boxes of links in other languages, as whole lines. */
export const otherWidgetTitleRe = vocabulary(other.widgetTitles, wholeLineOf)
/** Section names in other languages, removed only outside the main text. */
export const otherSectionLabelRe = vocabulary(other.sectionLabels, wholeLineOf)
/** The start of a comment form or thread in other languages. */
export const otherCommentsHeadRe = vocabulary(other.commentHeads, (w) => `^(?:${w.join('|')})`)
/** Calls to action in other languages. */
export const otherActionRe = vocabulary(other.actions, asWords)
/** The site speaking as "we" in other languages. */
export const otherSiteRe = vocabulary(other.siteWords, asWords)
/** "All rights reserved" in other languages. */
export const otherRightsRe = vocabulary(other.rightsReserved, (w) => w.join('|'))

/** Lines that are nothing but an interface label or widget title, wherever they stand. */
export const labelRe = wholeLine([
  'advertisement',
  'advertising',
  'ad(?:vert)?',
  'sponsored(?: content| links?)?',
  'article information',
  'article tools',
  'tags',
  'filed under',
  'share(?: this(?: article| story| page| post)?)?(?: on \\w+)?',
  'print this(?: article| page)?',
  'e-?mail this(?: article| page)?',
  '\\d+ comments?',
  // A count of shares beside the buttons ("258 Shares", "1.2k shares").
  '\\d[\\d.,]*\\s*k? shares?',
  'pin(?: it)?',
  'buffer',
  'leave a (?:comment|reply)',
  'related(?: articles?| stories| posts?| content| coverage| reading| topics)?',
  'more (?:stories|articles|on this story|like this)',
  'you (?:may|might) also like',
  '\\[?(?:e-?mail|javascript) protected(?: e-?mail(?: address)?)?\\]?',
  'explore further',
  '(?:\\d+\\s*min(?:ute)?s?\\.?\\s*read|(?:estimated )?read(?:ing)? time\\s*:?\\s*\\d+\\s*min(?:ute)?s?\\.?)',
  "don[’']t miss",
  'up next',
  'next up',
  'recommended(?: for you)?',
  'most (?:popular|read|viewed|shared|emailed)',
  'trending(?: now)?',
  'read (?:more|next|also|this next)',
  'continue reading(?: the main story)?',
  '(?:image|photo|picture|slide|video)s? \\d+ (?:of|/) ?/? ?\\d+',
  '\\d+ ?/ ?\\d+',
  'back to (?:gallery|article|story|top)',
  '(?:view|open|launch|see) (?:the )?(?:gallery|slideshow|photos)',
  '(?:enlarge|expand|zoom|fullscreen|full screen)(?: image| photo)?',
  'skip to (?:main )?content',
  'skip to (?:site )?(?:navigation|index|search)',
  'back to top',
  'main menu',
  'load more',
  'show more',
  'see more',
  'view (?:all|more|comments)',
  'follow us',
  'connect with us',
  'newsletters?',
  'subscribe',
  'sign (?:in|up)',
  'log ?in',
  'log ?out',
  'donate',
  'contact us',
  'privacy(?: policy)?',
  'terms(?: of (?:use|service))?',
  'cookie (?:policy|settings)',
  'site ?map',
  'rss(?: feeds?)?',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'linkedin',
  'pinterest',
  'reddit',
  'whatsapp',
  'telegram',
  'flipboard',
  'tumblr',
  'mastodon',
  'bluesky',
])

/**
 * Lines that name a site section or widget outside an article but could head
 * a section inside one ("Features", "Archive"): removed only outside the main text.
 */
export const sectionLabelRe = wholeLine([
  'tag',
  'topics?',
  'categories',
  'category',
  'print',
  'e-?mail',
  'comments?',
  'more from [\\w ]{1,30}',
  'latest(?: news| stories| articles)?',
  'menu',
  'search',
  'close',
  'home',
  'home ?page',
  'main page',
  'next(?: article| post| story)?',
  'previous(?: article| post| story)?',
  'sections?',
  'features?',
  'opinion',
  'archives?',
  'contents',
  'navigation',
  'breadcrumbs?',
  'photo(?:s|graph)?',
  'video',
  'image',
  'gallery',
  'listen(?: to this article)?',
  'audio',
  'loading\\.*',
  'caption',
  'updated',
  'posted in',
  'about (?:the )?author',
  'about us',
  'register',
  'contact',
])

/**
 * Calls to action. Each needs an addressee (you, us, our, an imperative) or a
 * link-like target beside it before a rule acts on it, so an essay that
 * mentions subscribers or donations keeps its sentences.
 */
export const actionRe = caseless(
  new RegExp(
    [
      '\\bsubscri(?:be|ption)s?\\b',
      '\\bsign(?:ing)? ?up\\b',
      '\\bsign in\\b',
      '\\blog ?in\\b',
      '\\bnewsletters?\\b',
      '\\bdonate (?:now|today|here|online|to (?:us|our|this))\\b',
      '\\b(?:make|consider|send|throw|throwing|small|monthly|one-off|regular) (?:a )?(?:\\w+ )?donations?\\b',
      '\\b(?:chip in|patreon|ko-?fi|paypal|liberapay|gofundme)\\b',
      '\\bsupport (?:us|our (?:work|journalism|site|website|writers|reporting|project|magazine|paper|podcast|channel|newsletter)|independent (?:media|journalism|publishing)|this (?:site|website|blog|podcast|newsletter))\\b',
      '\\bbecome a (?:member|patron|supporter|subscriber)\\b',
      '^(?:please )?(?:support|donate to|fund|back) [\\p{Lu}][\\p{L}]+\\b(?=.*\\b(?:you|your|we|us|our)\\b)',
      '\\bshare (?:this|it|on|via|with)\\b',
      '\\bfollow (?:us|me|@)',
      '\\bfollow [\\w .&-]{1,40} on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads|mastodon|bluesky)\\b',
      '\\benable javascript\\b',
      '\\b(?:must|need to) be (?:logged|signed) in\\b',
      '\\blike us on\\b',
      '\\bcontact (?:us|me|the)\\b',
      '\\bget in touch\\b',
      '\\breach out\\b',
      '\\bwrite to us\\b',
      '\\bclick (?:here|the|on|to)\\b',
      '\\(opens in (?:a )?new (?:window|tab)\\)',
      '\\btap (?:here|the)\\b',
      '\\bread (?:more|the full|the rest)\\b',
      '\\bcheck (?:back|out our)\\b',
      '\\bstay (?:tuned|up to date|informed|connected)\\b',
      '\\bhome ?screen\\b',
      '\\bdownload (?:the|our) app\\b',
      '\\b(?:our|the) app\\b',
      '\\bcookies?\\b',
      '\\bprivacy (?:policy|notice|settings)\\b',
      '\\bterms (?:of|and) (?:use|service|conditions)\\b',
      '\\byour (?:inbox|email address|e-mail address)\\b',
      '\\bjoin (?:us|our|the) (?:mailing list|newsletter|community|project|conversation|discussion)\\b',
      '\\bleave a (?:comment|reply)\\b',
      '\\badd (?:a )?comment\\b',
      '\\b(?:buy|order) (?:it |a copy |the book |tickets )?(?:now|here|online|from)\\b',
      '\\bavailable (?:from|at) (?:our|the) (?:shop|store|bookshop)\\b',
      '\\bad ?blocker\\b',
      '\\bwhitelist\\b',
    ].join('|'),
    'iu',
  ),
)

/** Who a call to action speaks to: the reader, or the site speaking as "we". */
export const addresseeRe = caseless(
  /\b(?:you|your|you[’']re|you[’']ll|you[’']ve|yours|us|our|please)\b|(?:^|[.!?:]\s+)(?:subscribe|sign|log|follow|share|join|support|donate|contact|reach|click|tap|read|check|get|stay|add|download|help|don[’']t|become|buy|order|like|watch|listen|register|email|write|send|visit|find)\b/iu,
)

/** Link-like text: an address the reader cannot follow in a pasted page. */
export const emailRe = caseless(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u)
export const handleRe = caseless(/(?:^|\s)@[A-Za-z0-9_]{2,}/u)
export const urlRe = caseless(/\b(?:https?:\/\/|www\.)\S+/iu)
export const phoneRe = caseless(/(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,5}\)?[\s-]?){2,4}\d{3,4}\b/u)

/** Photo credits: the picture is gone, so its caption and credit go too. */
export const photoCreditRe = caseless(
  /\((?:pic|photo|image|picture|photograph|credit|source|illustration|graphic)s?\s*[:.]\s*[^)]+\)\s*$|(?:^|\s)(?:photo(?:graph)?|picture|image|pic|credit|illustration)s?\s*(?:by|credit|:)\s*[\p{Lu}@][^.]{1,60}$|(?:\(|\/|\|)\s*(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|ap|(?:the )?associated press|afp(?: via getty images)?|reuters|epa|pa wire|pa images|wikimedia commons|creative commons|cc by(?:-sa)?)\b[^.]*$|\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|ap|(?:the )?associated press|afp(?: via getty images)?|reuters|epa|pa wire|pa images|wikimedia commons|creative commons|cc by(?:-sa)?)\s*\/\s*[\p{Lu}]|^\s*(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|ap|(?:the )?associated press|afp(?: via getty images)?|reuters|epa|pa wire|pa images|wikimedia commons|creative commons|cc by(?:-sa)?)\s*$|\bcredit\s*(?::|\.{2,}|…)\s*[\p{Lu}][^.]{1,60}$|\bvia (?:ap|getty images|reuters|afp|epa)\s*\)?\s*$|\((?:[\p{Lu}][\w.&-]*)(?:\s*\/\s*[\p{Lu}][\w.&-]*)+\)\s*$|\b(?:file )?(?:photo|image|picture)s?,? (?:made available|provided|released|distributed|supplied|obtained) by\b|^\d{1,3} of \d{1,3}\s+\S/iu,
)

/** Lines that say what a missing picture showed. */
export const pictureNounRe = caseless(
  /^(?:(?:a|an|the|this|above|below|top|left|right|pictured|inset)[:,]?\s+)?(?:\w+\s+){0,2}(?:photo(?:graph)?|picture|image|diagram|chart|graph|map|illustration|drawing|painting|poster|cartoon|screenshot|still|portrait|sketch|infographic|figure|fig\.)s?\s+(?:of|from|showing|shows|depicting|taken|by|for|at)\b/iu,
)

/** Copyright, legal and rights lines of a site footer. */
export const legalRe = caseless(
  /^(?:copyright\b|©|\(c\)\s*\d{4})|©\s*(?:\d{4}|[\p{Lu}])|\ball rights reserved\b|\bsubject to copyright\b|\bregistered trademark\b|\bis a (?:registered )?trademark of\b/iu,
)

/** Stamps that date the page, not the article. */
export const stampRe = caseless(
  /^(?:last\s+(?:updated|modified|edited|reviewed|changed)|(?:page\s+)?updated(?:\s+on|\s+at)?|modified(?:\s+on)?|revised(?:\s+on)?|last\s+update|accessed(?:\s+on)?|retrieved(?:\s+on)?)\b\s*[:\-–—]?/iu,
)

/**
 * A line that announces a link the paste lost: it ends on "here:" or "below:",
 * or tells the reader to click. An essay sentence ending "here." is not one.
 */
export const danglingLinkRe = caseless(
  /\b(?:here|below|this link|the link|following links?|these links)\s*:\s*$|\b(?:click|tap)\s+(?:here|this link)\b/iu,
)

/** When a comment or teaser was posted: "2 days ago at 07:52 am", "6:34 am". */
export const timestampRe = caseless(
  /^(?:(?:\d+|an?|one|two|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$)/iu,
)

/** The start of a comment thread: "34 responses to …", "Leave a Reply", "Top Rated Comments". */
export const commentsHeadRe = caseless(
  /^(?:\[\s*)?\d[\d,.]*\s+(?:comments?|responses?|replies|reactions|thoughts? on)\b|^(?:top[- ]rated |reader |readers[’'] |user |latest |all |show |view |load |read |see )?(?:all )?(?:\d+ )?comments?\s*(?:\(\d+\)|\[\d+\])?\s*:?\s*\]?$|^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b|^(?:join|start) the (?:discussion|conversation)\b|^discussion\s*(?:\(\d+\))?$/iu,
)

/** A commenter's line: "thelastchargersfan says:". */
export const saysRe = caseless(/^\S.{0,60}\s(?:says|said|wrote|writes)\s*:\s*$/iu)

/**
 * The title of a box of links to other pages: "Related stories", "More from
 * Local News", "Most popular in the section", "You may also like". After it,
 * the page lists other articles.
 */
export const widgetTitleRe = caseless(
  /^(?:(?:more|other|related|latest|recent|popular|trending|top|recommended|further|editor[’']s picks?|also)\b[^.!?]{0,40}?\b(?:news|stories|articles|posts|videos|reads?|reading|content|links|coverage|headlines|picks|from [^.!?]{1,30})(?:\s+(?:like this(?: one)?|for you|you (?:may|might) (?:like|enjoy)|(?:on|in|from|by) [^.!?]{1,30}))?|more(?:\s+[\p{Lu}][\p{L}’'.-]*){1,4}|(?:more|latest|next up|up next) (?:in|on|about|from) [^.!?]{1,40}|(?:next up|up next)|related(?: [\p{L}]+)?|don[’']t miss|trending(?: now)?|recommended|must read|editor[’']s picks?|explore further|elsewhere on [^.!?]{1,40}|most (?:popular|read|viewed|shared|emailed|commented)\b[^.!?]{0,30}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:more|next|also)|what to read next|recommended for you|around the web|from (?:around|across) the web|sponsored (?:stories|links|content)|promoted (?:stories|links|content))\s*[:»›>]?$/iu,
)

/** A line that starts with a photo credit ("Photo: Ringo H.W. Chiu, AP", "Image by …"). */
export const creditLineRe = caseless(
  /^(?:(?:photo(?:graph)?s?|pictures?|images?|pic|credits?|illustrations?|graphics?|video)\s*(?::|by\b|credit\b|courtesy\b|caption\b|copyright\b|©)|caption\s*:)/iu,
)

/** A link to another article kept as text: "READ MORE: …", "[Related: …]", "SEE ALSO: …". */
export const relatedLinkRe = caseless(
  /\s\[\s*[A-Z][A-Z ]{2,20}\]\s*\|?$|^\[?\s*(?:read more|see more|more|related(?: \w+){0,2}|see also|also read|read also|also see|recommended(?: \w+)?|don[’']t miss|must read|trending now)\s*:\s*\S|^(?:also )?on [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|com\.au|ca|de|fr|es|it|in|news)\b:?\s+\S/iu,
)
