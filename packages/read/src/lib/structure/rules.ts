/**
 * Every id the structure plugins report or record, with what it means.
 * The front door joins this table with the other packages' ones.
 */
export const structureRules: Record<string, string> = {
  'read:heading':
    'A short, unpunctuated line that leads into prose became a section heading; a trailing colon was dropped.',
  'read:list':
    'Consecutive numbered or bulleted lines, or the short paragraphs under a reading-list title, became a list; the markers moved into the list.',
  'read:blockquote':
    'A long or multi-paragraph quotation became a block quotation; its enclosing quote marks were removed.',
  'read:inner-quotes':
    'A quotation inside a block quotation was raised to the primary quote marks once the enclosing marks went.',
  'read:unclosed-quotation':
    'A paragraph opens a quotation that no following paragraph closes; it was left as it is.',
  'read:possible-quotation':
    'A paragraph without quote marks follows an introduction ending in a colon; it may be an unmarked quotation (left as it is).',
  'read:missing-quotation':
    'An introduction ending in a colon is followed by a heading or by nothing: the quotation it introduces may be lost.',
  'read:link': 'A bare web or e-mail address became a link; the text is unchanged.',
}
