import type { FootnoteDefinition, Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { parseLabel } from './labels.ts'
import { fixNoteText } from './note-typography.ts'
import { CitationResolver } from './resolve.ts'

export interface CitationsOptions {
  /** Fix dashes and spacing in note texts (default true). */
  typography?: boolean
}

export function validateCitationsOptions(
  options: CitationsOptions | undefined,
): Required<CitationsOptions> {
  const o = options ?? {}
  if (typeof o !== 'object' || Array.isArray(o))
    throw new TypeError('remarkCitations: options must be an object')
  for (const key of Object.keys(o)) {
    if (key !== 'typography')
      throw new TypeError(`remarkCitations: unknown option \`${key}\`, expected typography`)
  }
  if (o.typography !== undefined && typeof o.typography !== 'boolean') {
    throw new TypeError('remarkCitations: `typography` must be a boolean')
  }
  return { typography: o.typography ?? true }
}

/**
 * Reads every footnote definition as citations (CSL-JSON in
 * `file.data.citations`), resolving `Ibid.`, `op. cit.` and `loc. cit.`,
 * after fixing the note's typography. An abbreviation with nothing to
 * point back to is reported on the note's line.
 */
export function remarkCitations(options?: CitationsOptions) {
  const settings = validateCitationsOptions(options)
  return (tree: Root, file: VFile): void => {
    const resolver = new CitationResolver()
    const citations = file.data.citations ?? []
    const definitions: FootnoteDefinition[] = []
    visit(tree, 'footnoteDefinition', (node) => {
      definitions.push(node)
    })
    for (const definition of definitions) {
      if (settings.typography) visit(definition, 'text', (text) => fixNoteText(text, file))
      const label = definition.label ?? definition.identifier
      const series = parseLabel(label)?.series ?? 'symbol'
      const before = resolver.unresolved.length
      citations.push(...resolver.note(label, series, textOf(definition)))
      for (const miss of resolver.unresolved.slice(before)) {
        const place = definition.position?.start
        const message = file.message(
          `Unexpected \`${miss.text}\` with no earlier citation to point to, expected ${miss.kind === 'ibid' ? 'a citation in the note before' : 'an earlier full citation by that author'}`,
          {
            ...(place ? { place } : {}),
            ruleId: miss.kind === 'ibid' ? 'unresolved-ibid' : 'unresolved-op-cit',
            source: 'notes',
          },
        )
        message.actual = miss.text
      }
    }
    file.data.citations = citations
  }
}
