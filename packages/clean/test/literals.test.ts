import * as de from 'chrono-node/de'
import * as en from 'chrono-node/en'
import * as es from 'chrono-node/es'
import * as fr from 'chrono-node/fr'
import * as it_ from 'chrono-node/it'
import * as nl from 'chrono-node/nl'
import * as pt from 'chrono-node/pt'
import * as ru from 'chrono-node/ru'
import { describe, expect, it } from 'vitest'
import { holdsAny, requiredLiterals } from '../src/lib/literals.ts'

describe('requiredLiterals', () => {
  it.each([
    [/\bago\b/i, ['ago']],
    // Of two required groups, the one whose shortest word is longest; the first of equals.
    [/(\W|^)(\d+)\s*(?:days?|weeks?)\s+(?:ago|before|earlier)(?=\W|$)/i, ['day', 'week']],
    [/(\W|^)(\d+)\s*(?:d|weeks?)\s+(?:ago|before|earlier)(?=\W|$)/i, ['ago', 'before', 'earlier']],
    [/colou?r/i, ['colo']],
    [/(?:please )?(?:support|donate to) us/i, ['support', 'donate to']],
    [/x{2}yz|\.com\b/, ['yz', '.com']],
    [/(?:mañana|manana)/i, ['ana', 'manana']],
    [/a+bc/, ['bc']],
  ] as const)('%s needs one of %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)?.sort()).toEqual([...expected].sort())
  })

  it.each([
    /\d{4}/, // nothing plain
    /ago|\+/, // one branch with a single character
    /(?:in|)days/i, // a branch that matches nothing does not count, "days" does
    /ago/iu, // ſ and K fold to ASCII under `u`
    /(?<w>ab)\k<w>/,
  ])('%s gives a cheap test only when it is sound', (pattern) => {
    const found = requiredLiterals(pattern)
    if (pattern.source === '(?:in|)days') expect(found).toEqual(['days'])
    else expect(found).toBeUndefined()
  })

  it('finds a needed word in every text a chrono pattern matches', () => {
    const reference = new Date(Date.UTC(2000, 0, 1))
    const context = { text: '', reference, option: {}, refDate: reference }
    const texts = [
      'Posted 3 hours ago',
      'Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago',
      'Two weeks later, on 5 March 2019',
      'November 20, 2019',
      'within 2 DAYS',
      'Hace 3 días, 02 Ago 2017',
      '3 giorni fa, 12 settembre 2018',
      'il y a 2 jours, le 3 mars 2020',
      'vor 2 Tagen, am 3. März 2020',
      '2 dagen geleden, 3 maart 2020',
      'há 2 dias, 3 de março de 2020',
      '2 дня назад, 3 марта 2020',
      'next week, last Monday, tomorrow night',
    ]
    const chronos = [
      en.casual,
      de.casual,
      fr.casual,
      es.casual,
      it_.casual,
      pt.casual,
      nl.casual,
      ru.casual,
    ]
    let gated = 0
    for (const chrono of chronos) {
      for (const parser of chrono.parsers) {
        const pattern = parser.pattern(context as never)
        const literals = requiredLiterals(pattern)
        if (!literals) continue
        gated++
        for (const text of texts)
          if (pattern.exec(text)) expect(holdsAny(text.toLowerCase(), literals), text).toBe(true)
      }
    }
    expect(gated).toBeGreaterThan(20)
  })
})
