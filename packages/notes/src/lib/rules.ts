/** Every rule id the notes package reports or records, with what it means. */
export const rules: Record<string, string> = {
  'notes:missing-definition':
    'A note marker in the text has no note with its label; the marker stays as text.',
  'notes:missing-marker':
    'A note is never called from the text; it is kept as a footnote all the same.',
  'notes:duplicate-marker': 'A note is called more than once from the text.',
  'notes:duplicate-definition':
    'Two notes carry the same label; the second is kept under a suffixed id.',
  'notes:gap': 'The numbering of a series of notes skips a number.',
  'notes:out-of-order': 'The numbering of a series of notes goes back.',
  'notes:title-marker': 'A note marker stood in the title; it was taken out and the note kept.',
  'notes:section-heading':
    'The heading of a notes section (Notes, Footnotes, Endnotes, References) was removed: its notes became footnotes.',
  'notes:marker': 'A note marker became a footnote reference (the space before it removed).',
  'notes:range-dash': 'A hyphen in a number range inside a note became an en dash.',
  'notes:spacing':
    'Spacing inside a note was normalised (doubled spaces, space before punctuation, `p.12`).',
  'notes:unresolved-ibid':
    '`Ibid.` (or `Author, Title, ibid.`) has no earlier citation to point to.',
  'notes:unresolved-op-cit':
    '`op. cit.` or `loc. cit.` names an author with no earlier full citation.',
}
