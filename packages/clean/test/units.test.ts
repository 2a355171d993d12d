import { readText } from '@samizdat/read'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  appearance,
  bio,
  byline,
  cleanEditor,
  cleanPreset,
  cleanRepeats,
  cleanTree,
  dateLine,
  findDate,
  issueLine,
  rules,
  writesByline,
} from '../src/index.ts'

const page = (text: string) => readText(new TextEncoder().encode(text), 'page.txt')

describe('dates', () => {
  it.each([
    ['Feb 4, 2020', '2020-02-04', 'day'],
    ['(November 1977)', '1977-11', 'month'],
    ['Sat 6 Jan 2007, 00:00 GMT', '2007-01-06', 'day'],
    ['19.11.2012', '2012-11-19', 'day'],
    ['Wednesday November 20, 2019', '2019-11-20', 'day'],
    ['Published: 3 March 2021', '2021-03-03', 'day'],
    ['Spring 1921', '1921', 'year'],
    ['1968', '1968', 'year'],
  ])('reads %s as %s (%s)', (text, iso, precision) => {
    expect(dateLine(text)?.date).toEqual({ iso, precision })
  })

  it('does not take a sentence that mentions a date for a date line', () => {
    expect(
      dateLine('In December 1917 a young Italian revolutionary wrote an article'),
    ).toBeUndefined()
    expect(findDate('In December 1917 a young Italian revolutionary wrote')?.date.iso).toBe(
      '1917-12',
    )
  })

  it('needs a year: relative words have no date', () => {
    expect(dateLine('Today')).toBeUndefined()
  })
})

describe('bylines and metadata lines', () => {
  it('reads bylines with names, dates and roles', () => {
    expect(byline('By Alyson Escalante')).toEqual({ authors: ['Alyson Escalante'] })
    expect(byline('By Maria Okafor and Tom Reyes')?.authors).toEqual(['Maria Okafor', 'Tom Reyes'])
    expect(byline('Posted by Sam Whitlow on 3 October 2021')).toEqual({
      authors: ['Sam Whitlow'],
      date: { iso: '2021-10-03', precision: 'day' },
    })
    expect(byline('Monday November 18, 2019 7:45 am PST by Joe Rossignol')?.authors).toEqual([
      'Joe Rossignol',
    ])
    expect(byline('By the end of the day we were tired')).toBeUndefined()
  })

  it('reads "… writes NAME" at the end of a standfirst', () => {
    expect(
      writesByline('Bodies they create don’t fit preordained models, writes Jane Roe'),
    ).toEqual({
      authors: ['Jane Roe'],
      rest: 'Bodies they create don’t fit preordained models',
    })
  })

  it('splits a publication line into publication and issue', () => {
    expect(
      appearance('From International Socialism (1st series), No. 103, November 1977, pp. 7–13.'),
    ).toEqual({
      publication: 'International Socialism (1st series)',
      issue: 'No. 103, November 1977, pp. 7–13',
    })
    expect(appearance('From the beginning, the union was weak.')).toBeUndefined()
    expect(issueLine('Issue No. 2032')).toBe('Issue No. 2032')
  })

  it('tells a plain bio from an advertisement', () => {
    expect(bio('Ann Example is a researcher based in Leeds.')).toEqual({
      name: 'Ann Example',
      advert: false,
    })
    expect(bio('Ann Example is the author of Rivers. Phone 01632 960 123 to order.')?.advert).toBe(
      true,
    )
    expect(bio('The Tenants’ Press is a volunteer collective.')).toBeUndefined()
  })
})

describe('the editor’s keep and drop', () => {
  const text =
    'A Title\n\nBy Ann Example\n\nThe first paragraph of the essay is long enough to read as prose, and it says so.\n\nShare this article\n\nThe last paragraph of the essay is also long enough to read as prose, and ends here.\n'

  it('keeps a block a rule would remove, and reports the use', () => {
    const { file, tree } = page(text)
    file.data.keep = ['Share this']
    const out = cleanTree(tree, file)
    expect(out.children.some((n) => JSON.stringify(n).includes('Share this article'))).toBe(true)
    expect(file.messages.map((m) => `${m.source}:${m.ruleId}`)).toContain('manifest:keep')
  })

  it('drops a block, records it as the editor’s, and warns about entries that match nothing', () => {
    const { file, tree } = page(text)
    file.data.drop = ['The last paragraph', 'No such block']
    cleanTree(tree, file)
    const dropped = file.data.removals?.find((r) => r.ruleId === 'manifest:drop')
    expect(dropped).toMatchObject({ byEditor: true, line: 9 })
    const ids = file.messages.map((m) => `${m.source}:${m.ruleId}`)
    expect(ids).toContain('manifest:drop')
    expect(ids).toContain('manifest:unused-keep-drop')
  })

  it('does nothing without entries', () => {
    const { file, tree } = page(text)
    unified().use(cleanEditor).runSync(tree, file)
    expect(file.messages).toEqual([])
  })
})

describe('options', () => {
  it('rejects a bad corpus when the plugin is attached', () => {
    expect(() =>
      unified()
        .use(cleanRepeats, { corpus: 'not a list' } as never)
        .freeze(),
    ).toThrow(/corpus/)
    expect(() =>
      unified()
        .use(cleanRepeats, { corpus: [[1]] } as never)
        .freeze(),
    ).toThrow(/corpus/)
  })

  it('removes a block outside the article that other sources of the anthology also print', () => {
    const body =
      'An Essay\n\nThe first paragraph of the essay is long enough to read as prose, and it says so.\n\nThe second paragraph of the essay is long enough to read as prose as well, it seems.\n\nBack issues and binders from the Press Office\n'
    const { file, tree } = page(body)
    cleanTree(tree, file, {
      corpus: [['Other essay', 'Back issues and binders from the Press Office']],
    })
    expect(file.data.removals?.find((r) => r.line === 7)?.ruleId).toBe('clean:corpus-repeat')
  })

  it('works as a preset in a plain unified pipeline', () => {
    const { file, tree } = page(
      'Skip to content\n\nA Title\n\nA paragraph of prose that is long enough to be the article, with a full stop.\n',
    )
    unified().use(cleanPreset).runSync(tree, file)
    expect(file.data.meta?.title).toBe('A Title')
    expect(file.data.removals?.[0]?.ruleId).toBe('clean:label')
  })
})

describe('calls to action', () => {
  const prose = (n: number) =>
    `Paragraph ${n} of the article is long enough to read as prose, and it goes on with the story of the strike for a while.`
  const body = (middle: string) =>
    `A Title\n\n${prose(1)}\n\n${prose(2)}\n\n${middle}\n\n${prose(3)}\n\n${prose(4)}\n`

  it('keeps words to the reader inside the article: they may be the article’s', () => {
    const { file, tree } = page(
      body(
        'If you just want the basic plan, you can sign up for a free trial and cancel it later.',
      ),
    )
    cleanTree(tree, file)
    expect(file.data.removals ?? []).toEqual([])
  })

  it('removes the site’s own appeal wherever it stands', () => {
    const { file, tree } = page(
      body('Sign up for our newsletter and get the best stories every morning.'),
    )
    cleanTree(tree, file)
    expect(file.data.removals?.map((r) => r.ruleId)).toEqual(['clean:call-to-action'])
  })
})

describe('rules table', () => {
  it('documents every rule with one line', () => {
    for (const [id, text] of Object.entries(rules)) {
      expect(id).toMatch(/^clean:[a-z]+(?:-[a-z]+)*$/)
      expect(text).not.toContain('\n')
    }
  })
})
