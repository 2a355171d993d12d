/**
 * The vocabulary of web-page furniture: words that sites put in the class
 * names of the boxes around an article, and the stock phrases of their
 * interface. None comes from a particular site; all are the common names of
 * page parts (as in Readability's and trafilatura's lists).
 */

/** Class/id words of boxes that are furniture whatever they hold (size permitting). */
export const furnitureWords = new Set([
  // sharing
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'addthis',
  'sharethis',
  // related and promoted content
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'trending',
  'popular',
  'promo',
  'promotion',
  'promoted',
  'teaser',
  'outbrain',
  'taboola',
  'cta',
  'upsell',
  // subscriptions and paywalls
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  // advertising
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'sponsor',
  'sponsored',
  'dfp',
  'adsense',
  // navigation and page tools
  'breadcrumb',
  'breadcrumbs',
  'nav',
  'navigation',
  'menu',
  'pagination',
  'pager',
  'skip',
  'toolbar',
  'tools',
  'print',
  'textresizer',
  'comment',
  'comments',
  'disqus',
  'respond',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'modal',
  'popup',
  'overlay',
  // about the author, disclaimers
  'bio',
  'disclaimer',
  'disclosure',
  'affiliate',
])

/** Class/id words of metadata lines (byline, date, tags): furniture when short. */
export const metadataWords = new Set([
  'byline',
  'author',
  'authors',
  'dateline',
  'timestamp',
  'date',
  'published',
  'updated',
  'posted',
  'meta',
  'tags',
  'tag',
  'category',
  'categories',
  'postinfo',
  'kicker',
])

/** Class/id words of picture boxes: their text is a caption once the picture is gone. */
export const pictureWords = new Set([
  'caption',
  'captions',
  'photo',
  'photos',
  'image',
  'images',
  'img',
  'picture',
  'media',
  'figure',
  'gallery',
  'slider',
  'slideshow',
  'carousel',
  'video',
  'player',
  'thumbnail',
  'storyimage',
  'featured',
])

/** Class/id words of a standfirst (the summary under a title). */
export const standfirstWords = new Set([
  'standfirst',
  'dek',
  'deck',
  'subheadline',
  'strapline',
  'abstract',
  'summary',
])

/** Pairs of words that mark text only screen readers (or only printers) get. */
export function isOffscreen(words: string[]): boolean {
  const has = (word: string) => words.includes(word)
  return (
    (has('sr') && has('only')) ||
    (has('visually') && has('hidden')) ||
    (has('screen') && has('reader')) ||
    (has('off') && has('screen')) ||
    has('offscreen') ||
    (has('d') && has('none'))
  )
}

/** Whole blocks that are interface text: buttons, labels, counters. */
const interfaceText =
  /^(?:advertisement|advert|ad|sponsored(?: content)?|skip to (?:main )?content|comments?|\d+ comments?|share(?: this(?: article| story)?)?|tweet|email|e-mail|print(?: article)?|close|caption|loading(?: content)?|read more|learn more|see more|show more|subscribe|sign in|log in|login|register|menu|search|next|previous|back to top|top|enlarge(?: image)?|order reprints|text size|latest|popular|trending|highlights|view author archive|email the author|follow on twitter|click to tweet|get short url|this slideshow requires javascript|media playback is unsupported on your device|accept(?: cookies)?|home)$/i

const counterText = /^(?:image|photo|picture|slide)?\s*\d+\s*(?:of|\/)\s*\/?\s*\d+$/i

/** Labels over a list of links to other pages. */
const teaserLabel =
  /^(?:you may also like|you might also like|more|more from [\p{L}\p{N} ]+|more stories|related(?: stories| articles| posts| content| coverage| reading)?|recommended(?: for you| reading)?|read more|see more|see also|also read|don'?t miss|trending(?: now)?|popular(?: now| this week)?|most (?:read|popular|viewed|shared)|recent (?:articles|posts)|latest(?: news| stories)?|something to consider|about the author|follow us|newsletters?)\W*$/iu

/** A prefix announcing a link to another article. */
const teaserPrefix =
  /^[[(]?(?:read more|see more|see also|related|also on [\w.]+|also read|also|more|watch|listen|recommended|don'?t miss|leggi anche(?: su)?|lesen sie auch|lire aussi|leia também|lea también)\b\s*[:|-]/i

/** Caption marks: a picture credit, or the words a caption box prints. */
const captionText = [
  /\((?:image|photo|picture|pic|credit|foto|photograph|source)s?\s*:[^)]*\)\s*$/i,
  /^(?:image|photo|picture|foto|credit)s?(?: copyright| caption| credit)?\s*[:©]/i,
  /^image (?:copyright|caption)\b/i,
  /^(?:file photo|photo illustration)\s*:/i,
  /^©\s*\p{Lu}/u,
]

const dateWords =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|at|on|utc|gmt|[ecmp][sd]t|et|ct|pt|bst|cet|amt|ist)\b\.?/gi

const monthName = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i

/** A line that says when the page was published or updated. */
export function isDateLine(text: string): boolean {
  if (
    /^(?:published|updated|posted|last updated|first published|modified|original)\b[\s:]*.*\d/i.test(
      text,
    )
  ) {
    return true
  }
  // A date needs a month's name, a numeric day/month/year or a time of day; a bare number is none.
  const dated =
    /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}/.test(text) ||
    (/\d/.test(text) && monthName.test(text))
  if (!dated) return false
  // What is left after dates, times and separators are taken out.
  const rest = text
    .replace(dateWords, ' ')
    .replace(/[\d\s.,:;/|–—-]+/g, ' ')
    .trim()
  return rest === ''
}

const creditText = [
  /^\(?(?:additional )?(?:reporting|writing|editing|research) by\b/i,
  /\bcontributed (?:reporting|to this (?:report|article|story))\b/i,
  /^(?:transcribed|transcription|html markup|markup|proofread|proofreading|translated|translation) by\b/i,
]

const callToAction =
  /^(?:follow (?:us|@\w+|[\p{L} ]+ on (?:twitter|facebook|instagram))|like this story|click here|sign up (?:for|to) (?:our|the)? ?[\p{L} ]*(?:newsletter|alerts|updates|emails?)|subscribe to (?:our|the)\b|write to .* at \S+@|listen to .* (?:live|on)\b|get (?:the|our) .*\bapp\b|download (?:the|our) app|join our [\p{L} ]*(?:forums?|newsletter|community|mailing list))/iu

/** Site notices: copyright lines, cookie banners, tag lists. */
const noticeText = [
  /^(?:copyright\b|©)(?=.*\b(?:19|20)\d\d\b)/i,
  /\ball rights reserved\b/i,
  /\b(?:this|our) (?:web)?site uses cookies\b/i,
  /^(?:tags|tagged|tagged with|filed under|categories|topics)\b\s*:?/i,
]

export type TextKind =
  | 'interface'
  | 'teaser'
  | 'caption'
  | 'date'
  | 'credit'
  | 'call-to-action'
  | 'notice'

/** What a short block of text is, when it is furniture; undefined when it may be the author's. */
export function textKind(text: string, words: number, hasLink: boolean): TextKind | undefined {
  const bare = text.replace(/[\s.…!:]+$/, '')
  if (words <= 6 && (interfaceText.test(bare) || counterText.test(bare))) return 'interface'
  if (words <= 8 && teaserLabel.test(text)) return 'teaser'
  if (words <= 40 && teaserPrefix.test(text) && (hasLink || /^[[(].*[\])]$/.test(text)))
    return 'teaser'
  if (words <= 60 && captionText.some((re) => re.test(text))) return 'caption'
  if (words <= 16 && isDateLine(text)) return 'date'
  if (words <= 50 && creditText.some((re) => re.test(text))) return 'credit'
  if (words <= 50 && callToAction.test(text)) return 'call-to-action'
  if (words <= 60 && noticeText.some((re) => re.test(text))) return 'notice'
  return undefined
}
