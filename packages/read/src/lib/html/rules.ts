/** Every rule id the HTML reader reports or records, with what it means. */
export const htmlRules: Record<string, string> = {
  'read:html-charset':
    'The page declares a Western single-byte charset but its bytes are UTF-8; read as UTF-8.',
  'read:html-no-article': 'No main text was found on the page; the whole page body was kept.',
  'read:html-note-target': 'A note reference links to an anchor that is not on the page.',
  'read:html-furniture':
    'Page text left out with the page around the article (masthead, navigation, sidebars, footer).',
  'read:html-caption': 'A picture, and its caption, inside the article (pictures are not kept).',
  'read:html-boilerplate':
    'Page furniture inside the article: sharing, related links, subscription and advertising boxes, interface text, date lines, site notices.',
  'read:html-byline': 'The byline, when the page names the author in its metadata too.',
  'read:html-standfirst':
    "The article's own header (title, byline), its standfirst moved to the metadata.",
  'read:html-credit': 'A reporting, editing or transcription credit, moved to the metadata.',
  'read:html-title': 'The article title printed again at the top of the body.',
  'read:html-empty-section':
    'A heading at the end of the article with nothing under it (a notes heading whose notes became footnotes).',
}
