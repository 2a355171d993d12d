/**
 * Unicode classes of characters (letter, number, upper case) read from a
 * table filled in as characters are met: the rules ask for them on every
 * character of a page, and property escapes (`\p{L}`) in patterns cost
 * several times more.
 */

export const LETTER = 1
export const NUMBER = 2
export const OTHER = 4
export const UPPER = 8
/** Set when the character takes two UTF-16 code units. */
export const PAIR = 16
/** A Chinese character or Japanese kana: scripts that write words without spaces between them. */
export const UNSPACED = 32

const letterRe = /^\p{L}$/u
const numberRe = /^\p{N}$/u
const upperRe = /^\p{Lu}$/u
const unspacedRe = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u

function classify(ch: string): number {
  if (letterRe.test(ch))
    return LETTER | (upperRe.test(ch) ? UPPER : 0) | (unspacedRe.test(ch) ? UNSPACED : 0)
  return numberRe.test(ch) ? NUMBER : OTHER
}

/** By UTF-16 code unit; 0 until the character is first met. */
const classes = new Uint8Array(0x10000)

/** The class of the character at `i` (a code point, as `/u` patterns read it). */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) {
    let c = classes[code]!
    if (c === 0) {
      c = classify(String.fromCharCode(code))
      classes[code] = c
    }
    return c
  }
  const low = text.charCodeAt(i + 1)
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER
  return classify(text.slice(i, i + 2)) | PAIR
}

/** How many code units the character of class `c` takes. */
export const step = (c: number) => (c & PAIR ? 2 : 1)
