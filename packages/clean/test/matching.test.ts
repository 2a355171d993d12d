import { describe, expect, it } from 'vitest'
import { caseless } from '../src/lib/caseless.ts'
import { dateLocales, mayHoldDate } from '../src/lib/months.ts'
import { vocabulary } from '../src/lib/patterns.ts'
import { wordsOf } from '../src/lib/stopwords.ts'

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s / 2 ** 31
  }
}

/** Strings built from pieces that matter to case folding, surrogates and word edges. */
function samples(pieces: string[], count: number, seed: number): string[] {
  const next = random(seed)
  return Array.from({ length: count }, () => {
    let text = ''
    const n = Math.floor(next() * 14)
    for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)]
    return text
  })
}

describe('caseless', () => {
  const pieces = [
    'Sign up',
    'SUBSCRIBE',
    'ſubscribe',
    'K',
    'k',
    ' ',
    'our ',
    'Émile',
    '😀',
    '𝐀',
    '\uD800',
    'photo: ',
    'Getty Images',
    '.',
    'x',
    'É',
    'donate to Us you',
    'support Éire we',
    '(',
    ')',
    '/',
  ]
  const patterns = [
    /\bsubscri(?:be|ption)s?\b|\bsign ?up\b|^(?:please )?(?:support|donate to) [\p{Lu}][\p{L}]+\b(?=.*\b(?:you|we|us)\b)/iu,
    /(?:^|\s)photo\s*:\s*[\p{Lu}@][^.]{1,60}$|\bgetty images\b/iu,
    /^(\w+)\s+(\p{L}+)$/iu,
    /[^.]{1,5}$/u,
    /\bour\b/iu,
  ]
  it.each(patterns.map((p) => [p.source.slice(0, 40), p] as const))(
    'answers as the exact pattern does: %s',
    (_, exact) => {
      const fast = caseless(exact)
      for (const text of samples(pieces, 3000, 7)) {
        expect(fast.test(text), text).toBe(exact.test(text))
        const a = fast.exec(text)
        const b = exact.exec(text)
        expect(a?.index, text).toBe(b?.index)
        expect(a ? [...a] : null, text).toEqual(b ? [...b] : null)
      }
    },
  )

  it('leaves global and sticky patterns as they are', () => {
    const global = /a/giu
    expect(caseless(global)).toBe(global)
  })
})

describe('vocabulary', () => {
  it('tries accented words only on texts that can hold them, with the same answers', () => {
    const words = vocabulary(
      ['artigos relacionados', 'notícias relacionadas'],
      (w) => `^(?:${w.join('|')})$`,
    )
    expect(words.test('Artigos relacionados')).toBe(true)
    expect(words.test('NOTÍCIAS RELACIONADAS')).toBe(true)
    expect(words.test('noticias relacionadas')).toBe(false)
  })

  it('refuses an accented word that may match without its accent', () => {
    expect(() => vocabulary(['(?:artigos|notícias) relacionados'], (w) => w.join('|'))).toThrow(
      /may match ASCII/,
    )
  })
})

describe('wordsOf', () => {
  const pattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
  it('splits as the pattern does, for text in spaced scripts', () => {
    const pieces = [
      "a'",
      'Z',
      '9',
      "'",
      '’',
      ' ',
      'é',
      'İ',
      'ſ',
      '😀',
      '𝐀',
      '\uDC00',
      '٣',
      'ß',
      '-',
      // Beside ASCII, the fast path's punctuation (no-break space, dash, ellipsis, «, soft
      // hyphen), and characters just outside it that are letters or digits (², ª, ⁰).
      '\u00A0',
      '—',
      '…',
      '«',
      '\u00AD',
      '²',
      'ª',
      '\u2070',
      'K',
    ]
    for (const text of samples(pieces, 5000, 11))
      expect(wordsOf(text), text).toEqual(text.toLowerCase().match(pattern) ?? [])
  })

  it('counts Chinese characters and Japanese kana one by one', () => {
    expect(wordsOf('図書館は8時まで')).toEqual(['図', '書', '館', 'は', '8', '時', 'ま', 'で'])
    expect(wordsOf('Kindleのアプリ')).toEqual(['kindle', 'の', 'ア', 'プ', 'リ'])
  })
})

describe('mayHoldDate', () => {
  it.each([
    'March 3, 2021',
    '3 Mar. 2021',
    '12 Jänner 2019',
    '4. Maerz 2020',
    '1 mrt 2020',
    '5 января 2019',
    'в мае 2019',
    '2019-11-20',
    '20.11.2019',
    '11/2019',
    "Nov '77",
    '15 de setiembre de 2018',
  ])('lets a date through: %s', (text) => {
    expect(mayHoldDate(text)).toBe(true)
  })

  it.each([
    ['19.11.2012', ['en']],
    ['3. März 2021', ['de', 'es', 'it']],
    ['November 2019', ['de', 'en', 'nl']],
    ['5 января 2019', ['ru']],
  ])('sends %s to the parsers of its month names, or to English for figures', (text, locales) => {
    expect([...(dateLocales(text) ?? [])].sort()).toEqual(locales)
  })

  it.each(['a 1-0 win in 2019', 'now $799.99 (2019 model)', '© 2005-2019', 'call 03-5809-2727'])(
    'takes no score, price, span of years or phone number for a date in figures: %s',
    (text) => {
      expect(dateLocales(text)).toBeUndefined()
    },
  )

  it.each(['the 2019 season', 'Black Friday 2019: the best deals', 'no year here'])(
    'keeps a text without a month from the date parsers: %s',
    (text) => {
      expect(mayHoldDate(text)).toBe(false)
    },
  )
})
