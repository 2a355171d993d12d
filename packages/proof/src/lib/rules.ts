/** Every rule id this package reports or records, with a one-line explanation. */
export const rules: Record<string, string> = {
  'proof:spelling': 'A word neither dictionary of the text’s variant nor the word lists know.',
  'proof:not-english':
    'A text mostly of words the English dictionaries do not know (another language): its spelling is not checked.',
  'proof:corpus-spelling':
    'A rare spelling one edit away from a name or word the same text or anthology uses more often.',
  'proof:ocr-confusion':
    'A scan or transcription slip: letters misread (`tbe`, `rnodern`) or a real word in the wrong place (`arid` for `and`, `ft` for `It`).',
  'proof:run-together': 'Two words written as one (`shiftsof`).',
  'proof:doubled-word': 'The same word twice in a row (`the the`).',
  'proof:stray-punctuation':
    'A full stop or exclamation mark inside a sentence (`has. been`), or two marks where one belongs (`,,`).',
  'proof:mid-sentence-capital':
    'An ordinary word capitalised in mid-sentence (`to Combat economic sabotage`).',
  'proof:quote-direction': 'A quote mark turned the wrong way (`(’black workers’`, `power.‘`).',
  'proof:quote-spacing': 'A space inside quote marks (`“ The state`).',
  'proof:errata': 'A correction from the source’s errata file.',
  'proof:errata-mismatch':
    'An errata entry that does not match the text exactly `count` times: the build stops (ErrataError).',
  'proof:autofix-doubled-word':
    'A doubled article, preposition or possessive taken out (`the the` → `the`).',
  'proof:autofix-ocr': 'A common word with `h` misread as `b` or `li` restored (`tbe` → `the`).',
  'typography:quotes': 'Straight quotes and apostrophes curled by context.',
  'typography:quote-direction': 'A curly quote turned the right way.',
  'typography:quote-spacing': 'Spaces inside quote marks taken out.',
  'typography:ellipsis': '`...` and `. . .` set as `…`, spaced where words are left out.',
  'typography:range-dash':
    'Hyphen in a number or month range set as an en dash (`1936–9`, `pp. 60–1`).',
  'typography:dash-style': 'A parenthetical dash set in the text’s dominant style.',
  'typography:spaces':
    'Doubled, leading or trailing spaces, or a space before punctuation or inside brackets, taken out.',
}
