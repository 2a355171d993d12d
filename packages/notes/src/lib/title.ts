import { metaOf, recordChange } from '@samizdat/core'
import type { VFile } from 'vfile'
import { findMarkers } from './markers.ts'
import { seriesKey } from './sections.ts'

/**
 * A note called from the article's title (`Soviet Power [1]`): the title
 * has moved into the metadata, where a footnote reference cannot go, so the
 * marker leaves the title (recorded) and the note stays, counted as called.
 * Returns the series-qualified labels called from the title.
 */
export function stripTitleMarker(file: VFile, index: Map<string, unknown[]>): string[] {
  const meta = file.data.meta
  const title = meta?.title
  if (!title) return []
  const markers = findMarkers(title).filter(
    (m) => m.strong || index.has(seriesKey(m.label.series, m.label.label)),
  )
  const keys: string[] = []
  let next = title
  for (const marker of [...markers].reverse()) {
    const key = seriesKey(marker.label.series, marker.label.label)
    if (!index.has(key)) continue
    keys.push(key)
    next = (next.slice(0, marker.start).trimEnd() + next.slice(marker.end)).trim()
  }
  if (keys.length === 0) return []
  const line = meta.origins?.title?.line
  recordChange(file, {
    ruleId: 'notes:title-marker',
    reason: 'Note marker taken out of the title; the note is kept',
    ...(line ? { line } : {}),
    actual: title,
    expected: next,
  })
  metaOf(file).title = next
  file.info(
    `Unexpected note marker in the title, expected it in the text: the note is kept and called from the title`,
    {
      ...(line ? { place: { line, column: 1 } } : {}),
      ruleId: 'title-marker',
      source: 'notes',
    },
  )
  return keys
}
