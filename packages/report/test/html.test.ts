import type { Element } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { el } from '../src/lib/el.ts'
import { elementHtml } from '../src/lib/html.ts'

// Each tree must serialise exactly as `toHtml` does with its defaults.
const cases: Record<string, Element> = {
  'text and attributes escaped': el(
    'div',
    { className: ['line', 'a&b'], id: 'x"y', title: "it's `<b>` & \0" },
    ['1 < 2 & 3 > 2 "quoted" \'single\' `tick`'],
  ),
  'class lists: empty, padded, single': el('p', {}, [
    el('del', { className: [] }, 'a'),
    el('ins', { className: [' ws ', ''] }, 'b'),
    el('span', { className: ['t'] }, 'c'),
  ]),
  'booleans: true, false, empty, named, other': el('div', {}, [
    el('details', { open: true }, 'a'),
    el('details', { open: false }, 'b'),
    el('details', { open: '' }, 'c'),
    el('details', { open: 'open' }, 'd'),
    el('details', { open: 'yes' }, 'e'),
    el('input', { checked: true, disabled: false }),
  ]),
  'true and false on a string property, null skipped': el(
    'span',
    { title: true, id: false, href: null, alt: undefined },
    'x',
  ),
  'empty and void elements': el('table', {}, [
    el('colgroup', {}, [el('col', { className: ['c-raw'] }), el('col', { className: ['c-res'] })]),
    el('tr', {}, [
      el('td', {}, ''),
      el('td', {}, []),
      el('td', {}, [el('br'), el('img', { src: 'a.png', alt: '' })]),
    ]),
  ]),
  'properties and elements left to toHtml': el('div', {}, [
    el('div', { dataNote: 'n1', className: ['fn'] }, 'note'),
    el('ol', { start: 3 }, [el('li', {}, 'three')]),
    el('input', { type: 'checkbox', checked: true }),
    el('script', {}, 'if (a < b && c) {}'),
    el('style', {}, 'a > b { color: red }'),
    el('svg', { viewBox: '0 0 1 1' }, [el('title', {}, 'a < b')]),
    { type: 'comment', value: ' a & b ' },
  ]),
  'numbers, NaN and lists on string properties': el('div', {}, [
    el('td', { align: 'left', lang: 'fr' }, '1'),
    el('span', { title: 7 }, '2'),
    el('span', { title: Number.NaN }, '3'),
    el('span', { title: ['a', 'b'] }, '4'),
  ]),
}

describe('elementHtml', () => {
  for (const [name, tree] of Object.entries(cases)) {
    it(`is toHtml byte for byte: ${name}`, () => {
      expect(elementHtml(tree)).toBe(toHtml(tree))
    })
  }

  it('writes a raw line as the report shows it', () => {
    const line = el('div', { className: ['line'], id: 'a-x-L3' }, [
      el('a', { className: ['n'], href: '#a-x-L3' }, '3'),
      el('span', { className: ['t'] }, 'Fish & <chips>'),
    ])
    expect(elementHtml(line)).toBe(
      '<div class="line" id="a-x-L3"><a class="n" href="#a-x-L3">3</a><span class="t">Fish &#x26; &#x3C;chips></span></div>',
    )
  })
})
