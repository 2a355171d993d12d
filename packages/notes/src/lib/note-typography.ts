import { recordChange } from '@samizdat/core'
import type { Text } from 'mdast'
import type { VFile } from 'vfile'
import { pointAt } from './place.ts'

interface Fix {
  ruleId: string
  reason: string
  re: RegExp
  to: (m: RegExpExecArray) => string
}

/**
 * Typography inside note texts, where citations are: en dashes in number
 * ranges (`pp. 60-1` → `pp. 60–1`, `1917-23` → `1917–23`), a space after
 * `p.`/`pp.`, no doubled spaces and no space before punctuation. The words
 * stay the author's.
 */
const fixes: Fix[] = [
  {
    ruleId: 'notes:range-dash',
    reason: 'En dash in a number range',
    // Not inside longer hyphenated number chains (ISBNs, phone numbers, dates like 1-2-1990).
    re: /(?<![\d-])(\d{1,4})\s?(?:-|--|‐)\s?(\d{1,4})(?![\d-])/gu,
    to: (m) => `${m[1]}–${m[2]}`,
  },
  {
    ruleId: 'notes:spacing',
    reason: 'A space between a page label and the number',
    re: /\b(pp?\.)(?=\d)/gu,
    to: (m) => `${m[1]} `,
  },
  {
    ruleId: 'notes:spacing',
    reason: 'One space between words',
    re: / {2,}/gu,
    to: () => ' ',
  },
  {
    ruleId: 'notes:spacing',
    reason: 'No space before punctuation',
    re: /(?<=\S) +(?=[,;:.)](?:\s|$))/gu,
    to: () => '',
  },
]

export function fixNoteText(node: Text, file: VFile): void {
  for (const fix of fixes) {
    let out = ''
    let last = 0
    fix.re.lastIndex = 0
    const source = node.value
    for (let m = fix.re.exec(source); m; m = fix.re.exec(source)) {
      const replacement = fix.to(m)
      if (replacement === m[0]) continue
      const place = pointAt(file, node, m.index)
      recordChange(file, {
        ruleId: fix.ruleId,
        reason: fix.reason,
        ...(place ? { line: place.line, column: place.column } : {}),
        actual: m[0],
        expected: replacement,
      })
      out += source.slice(last, m.index) + replacement
      last = m.index + m[0].length
    }
    if (last > 0) node.value = out + source.slice(last)
  }
}
