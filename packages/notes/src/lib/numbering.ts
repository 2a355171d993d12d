import type { FootnoteDefinition } from 'mdast'
import type { VFile } from 'vfile'
import type { FoundDefinition } from './sections.ts'

/**
 * Checks each numbered series of notes for gaps and steps back. Numbering
 * may start anywhere (an extract whose notes run 39–42), so only the steps
 * between notes are checked.
 */
export function checkNumbering(
  file: VFile,
  found: FoundDefinition[],
  definitions: FootnoteDefinition[],
): void {
  const last = new Map<string, number>()
  const seen = new Map<string, Set<number>>()
  found.forEach((f, n) => {
    const { series, number, label } = f.start.label
    if (number === undefined) return
    const numbers = seen.get(series) ?? new Set<number>()
    seen.set(series, numbers)
    const previous = last.get(series)
    const duplicate = numbers.has(number)
    numbers.add(number)
    if (duplicate) return
    last.set(series, number)
    if (previous === undefined || number === previous + 1) return
    const suffix = label.replace(/^\d+/, '')
    const expected = `${previous + 1}${suffix}`
    const place = definitions[n]?.position?.start
    const message = file.message(
      number > previous + 1
        ? `Unexpected note \`${label}\` after note \`${previous}${suffix}\`, expected note \`${expected}\` (a gap)`
        : `Unexpected note \`${label}\` after note \`${previous}${suffix}\`, expected note \`${expected}\` (out of order)`,
      {
        ...(place ? { place } : {}),
        ruleId: number > previous + 1 ? 'gap' : 'out-of-order',
        source: 'notes',
      },
    )
    message.actual = label
    message.expected = [expected]
  })
}
