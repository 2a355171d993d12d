import { readText } from '@samizdat/read'
import { describe, expect, it } from 'vitest'
import { blocksOf, cleanTree, pageTitle } from '../src/index.ts'

const prose =
  'We organise because nobody else is going to do it for us, and the rest of us have each other in the end.'
const page = (...lines: string[]) => readText(new TextEncoder().encode(lines.join('\n')), 'p.txt')
const titleOf = (...lines: string[]) => pageTitle(blocksOf(page(...lines).tree))

describe('the page title on the first line', () => {
  it.each([
    ['Why We Organise | Some Blog', 'Why We Organise', 'Some Blog'],
    ['Why We Organise – Site Name', 'Why We Organise', 'Site Name'],
    ['Why We Organise - example.org', 'Why We Organise', 'example.org'],
    [
      'Strike Wave Spreads | World | News | The Daily Sheet',
      'Strike Wave Spreads',
      'The Daily Sheet',
    ],
  ])('splits %s by the convention “Title | Site”', (line, title, site) => {
    expect(titleOf(line, prose)).toMatchObject({ index: 0, title, site })
  })

  it('takes the side the page prints elsewhere (a masthead, a copyright line) as the site', () => {
    expect(titleOf('Some Blog | Why We Organise', prose, '© 2021 Some Blog')).toMatchObject({
      title: 'Why We Organise',
      site: 'Some Blog',
    })
    expect(titleOf('Site Name: Why We Organise', 'Site Name', prose)).toMatchObject({
      title: 'Why We Organise',
      site: 'Site Name',
    })
  })

  it('takes the side the page prints alone as a heading as the title', () => {
    expect(
      titleOf('Tenants Win the Vote | Housing | Metro', 'Tenants Win the Vote', prose),
    ).toMatchObject({
      title: 'Tenants Win the Vote',
      site: 'Metro',
      printed: 1,
    })
  })

  it('leaves a menu, a title with a subtitle and a sentence alone', () => {
    expect(titleOf('Home | About | Contact', prose)).toBeUndefined()
    expect(
      titleOf('Local News | Sport | Arts | Letters', prose, 'More from Local News'),
    ).toBeUndefined()
    expect(
      titleOf('Writer Archive | Main Page', prose, 'Writer Archive | Main Page'),
    ).toBeUndefined()
    expect(titleOf('Towards a Union Movement, Part Two: Dual Power', prose)).toBeUndefined()
    expect(titleOf('Why we organise - and why we will win.', prose)).toBeUndefined()
    expect(titleOf('The strike goes on -- a report from the picket line', prose)).toBeUndefined()
  })
})

describe('the title of a blog page', () => {
  const blog = [
    'Why We Organise – The Back Room',
    'The Back Room',
    'Home',
    'Mix',
    prose,
    `${prose} For three years the union has met every second Tuesday.`,
    'People come when somebody they know asks them to, and they stay when they are given work to do.',
  ]

  it('comes from the page title, not from a category heading above the text', () => {
    const { file, tree } = page(...blog)
    cleanTree(tree, file)
    expect(file.data.meta?.title).toBe('Why We Organise')
    expect(file.data.meta?.publication).toBe('The Back Room')
    expect(file.data.meta?.authors).toBeUndefined()
  })

  it('is the heading the page prints when it prints one, and the page-title line goes', () => {
    const { file, tree } = page(blog[0]!, blog[1]!, 'Why We Organise', ...blog.slice(3))
    cleanTree(tree, file)
    expect(file.data.meta?.title).toBe('Why We Organise')
    expect(file.data.meta?.origins?.title?.line).toBe(3)
    expect(file.data.removals?.find((r) => r.line === 1)?.ruleId).toBe('clean:page-title')
  })
})
