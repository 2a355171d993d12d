/** Every rule id the clean stage reports, with what it means. */
export const rules: Record<string, string> = {
  'clean:navigation':
    'A menu or breadcrumb line: short items between separators (|, », ›), none a sentence.',
  'clean:label':
    'A lone interface label or widget title (Tags, Share this article, Advertisement); section names such as Features only outside the main text.',
  'clean:legal': 'A copyright, trademark or rights line of the site footer.',
  'clean:stamp': 'A "Last updated"/"Modified" stamp: it dates the page, not the article.',
  'clean:call-to-action':
    'An appeal to subscribe, share, donate, follow, contact or accept cookies, or an e-mail address or handle in an appeal.',
  'clean:caption':
    'A photo caption or credit whose picture is gone, a line describing a picture, or a line printed twice as captions are.',
  'clean:related-link': 'A link to another article left as text ("READ MORE: …", "[Related: …]").',
  'clean:link-box':
    'A box of links to other pages inside the article: its title ("Related", "More from …") and its links, with the article going on after it.',
  'clean:dangling-link': 'A line announcing a link the paste lost ("… here:", "click here").',
  'clean:comments':
    'A comment thread after the article ("34 responses to …", "Leave a Reply", timestamps and "NAME says:").',
  'clean:appeal-section':
    'A closing section of the page made mostly of appeals (about us, support our work, contact).',
  'clean:duplicate':
    'The title printed twice, or a paragraph printed again inside the article (a pull quote).',
  'clean:author-box':
    'The heading of an author box after the text ("About NAME"); the paragraph under it becomes the bio.',
  'clean:masthead': 'The site name above the title when the publication is already known.',
  'clean:advert-bio': 'An author bio that advertises (phone numbers, shops, prices, links).',
  'clean:repeat': 'A block repeated outside the article: related-article teasers, widgets.',
  'clean:corpus-repeat':
    'A block outside the article that other sources of the same anthology also print.',
  'clean:boilerplate':
    'Page text before or after the main stretch of prose that no other rule claimed.',
  'clean:no-main-text': 'The page has no stretch of prose; nothing was removed.',
  'clean:title': 'The title, moved to the metadata.',
  'clean:page-title':
    'The page title on the first line ("Title | Site"): the title without the site part, and the site as the publication when nothing better names it; removed when the article prints its title itself and the publication is known.',
  'clean:standfirst': 'The summary paragraph under the title, moved to the metadata.',
  'clean:byline': 'A byline ("By …", "… writes NAME"), moved to the metadata.',
  'clean:author-line': "A line holding only the author's name by the title, moved to the metadata.",
  'clean:bio-author': 'The author named by a closing "NAME is …" note when no byline named one.',
  'clean:bio':
    'A plain closing contributor note ("NAME is …"), moved to the metadata for the Contributors section.',
  'clean:date':
    "The article's date, normalised to ISO 8601 with its precision, moved to the metadata.",
  'clean:publication': 'Where the article first appeared ("From …"), moved to the metadata.',
  'clean:issue': 'The issue, number or pages of the original publication, moved to the metadata.',
  'clean:credit': 'A transcription or source credit, kept for the colophon.',
}
