/**
 * Rule ids owned by the core and the front door. Each package exports its own
 * `rules` table in the same shape; the front door joins them into one list
 * (`samizdat rules`), and a test checks that every id reported is listed.
 */
export const coreRules: Record<string, string> = {
  'read:decode':
    'The bytes could not be decoded as UTF-8 and were decoded with a fallback charset.',
  'read:empty': 'The source holds no text; the article is left out.',
  'read:binary':
    'The source looks like a binary file (an image, an archive), not text; the article is left out.',
  'read:too-large':
    'The source is larger than 16 MiB: a dump, not an article; the article is left out.',
  'read:control-characters': 'NUL or other control characters in the text were removed.',
  'samizdat:failed':
    'A filter failed on this source; the article is left out of the book (please report it).',
  'manifest:unlisted-source':
    'A source file is present in the sources folder but not listed in the manifest.',
  'manifest:keep': 'The editor kept a block through the manifest.',
  'manifest:drop': 'The editor dropped a block through the manifest.',
  'manifest:unused-keep-drop': 'A manifest keep/drop entry matched no block.',
}
