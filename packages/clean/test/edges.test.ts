import { readText } from '@samizdat/read'
import { describe, expect, it } from 'vitest'
import { bodyText, cleanTree } from '../src/index.ts'

const page = (...lines: string[]) => {
  const { file, tree } = readText(new TextEncoder().encode(lines.join('\n\n')), 'page.txt')
  const out = cleanTree(tree, file)
  return { file, body: bodyText(out) }
}

const prose = [
  'The council voted on Tuesday to close two of the three swimming pools that the town has run since the nineteen seventies.',
  'Residents who packed the public gallery said that they had not been asked, and that the pools are the only ones within an hour by bus.',
  'The leader of the council said that the decision had been the hardest of her time in office, and that the budget left her no choice.',
]

describe('the edges of the main text', () => {
  it('keeps a closing sentence heavy with names and figures', () => {
    const last = 'Wichita West senior David Garcia finished second in the 50 yard freestyle.'
    const { body } = page('Results', ...prose, last, 'Previous Next', 'Sponsored')
    expect(body).toContain(last)
  })

  it('keeps an opening sentence heavy with names and figures', () => {
    const first =
      'ST. JOSEPH, Mich. (AP) — Michigan health authorities reported a 6th fatality linked to Eastern Equine Encephalitis.'
    const { body } = page('Filed Under: Health, Michigan', first, ...prose)
    expect(body).toContain(first)
  })

  it('keeps rows built alike after the text, without figures', () => {
    const rows = [
      'England (Group A): Tenth appearance',
      'Spain (Group F): Eleventh appearance',
      'Sweden (Group F): Seventh appearance',
      'Poland (Group G): Fourth appearance',
    ]
    const { body } = page(...prose, 'Qualified teams', ...rows, 'Share this article')
    for (const row of rows) expect(body).toContain(row)
  })

  it('does not count a lead-in in capitals as a headline run into its teaser', () => {
    const lead =
      'CHEER ON Juniors and Young Riders as they display their skills during the championships in the state park.'
    const { body } = page('Menu', lead, ...prose)
    expect(body).toContain(lead)
  })
})

describe('furniture and metadata at the edges', () => {
  it('removes a photographer’s credit to an outlet, a line alone', () => {
    const { body, file } = page(prose[0]!, 'Jason Cipriani/ZDNet', ...prose.slice(1))
    expect(body).not.toContain('Cipriani')
    expect(file.data.removals?.find((r) => r.text === 'Jason Cipriani/ZDNet')?.ruleId).toBe(
      'clean:caption',
    )
  })

  it('removes a pull quote with its sharing button, inside the text too', () => {
    const quote = 'Every small council lives in ‘a budget it did not write.’ Click To Tweet'
    const more =
      'The pools will close at the end of March, and the staff will be offered work at the leisure centre.'
    const { body } = page(prose[0]!, prose[1]!, quote, prose[2]!, more)
    expect(body).not.toContain('Click To Tweet')
    expect(body).toContain(prose[2]!)
  })

  it('takes an author box (“About NAME” and a paragraph naming them) as the bio', () => {
    const bio =
      'Carla Nadal teaches history in Porto and writes about schools, reading and the politics of education.'
    const { body, file } = page('Pools to close', ...prose, 'About Carla Nadal', bio)
    expect(body).not.toContain('Carla Nadal')
    expect(file.data.meta?.bio).toBe(bio)
    expect(file.data.meta?.authors).toEqual(['Carla Nadal'])
  })

  it('does not take a sentence opening with a conjunction for a closing bio', () => {
    const last =
      'Although Hitler was born in Braunau in 1889, Austria argued for decades that it was the first victim.'
    const { body, file } = page('House to become a police station', ...prose, last)
    expect(body).toContain(last)
    expect(file.data.meta?.bio).toBeUndefined()
  })

  it('does not take an agency’s credit for the title', () => {
    const { file } = page('By Reuters', ...prose)
    expect(file.data.meta?.title).not.toBe('By Reuters')
  })
})
