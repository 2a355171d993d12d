import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { ProcessedArticle } from './pipeline.ts'

/** A vfile message as plain data, for the cache and for crossing to a worker. */
interface PlainMessage {
  reason: string
  ruleId?: string
  source?: string
  fatal?: boolean | null
  place?: VFileMessage['place']
  actual?: string
  expected?: string[]
  note?: string
  url?: string
}

/** A processed article as plain, structured-clone- and JSON-safe data. */
export interface PlainArticle {
  path: string
  data: VFile['data']
  messages: PlainMessage[]
  tree: Root
  failed: boolean
}

export function toPlain({ file, tree, failed }: ProcessedArticle): PlainArticle {
  return {
    failed: failed === true,
    path: file.path,
    data: file.data,
    messages: file.messages.map((m) => {
      const plain: PlainMessage = { reason: m.reason }
      if (m.ruleId) plain.ruleId = m.ruleId
      if (m.source) plain.source = m.source
      if (m.fatal !== undefined) plain.fatal = m.fatal
      if (m.place) plain.place = m.place
      if (m.actual !== undefined) plain.actual = m.actual
      if (m.expected !== undefined) plain.expected = m.expected
      if (m.note !== undefined) plain.note = m.note
      if (m.url !== undefined) plain.url = m.url
      return plain
    }),
    tree,
  }
}

/** Back to a vfile; `path` renames it (a cached article read from another folder). */
export function fromPlain(plain: PlainArticle, path = plain.path): ProcessedArticle {
  const file = new VFile({ path })
  file.data = plain.data
  for (const m of plain.messages) {
    const message = new VFileMessage(m.reason, {
      ...(m.place ? { place: m.place } : {}),
      ...(m.ruleId ? { ruleId: m.ruleId } : {}),
      ...(m.source ? { source: m.source } : {}),
    })
    message.file = path
    if (m.fatal !== undefined) message.fatal = m.fatal
    if (m.actual !== undefined) message.actual = m.actual
    if (m.expected !== undefined) message.expected = m.expected
    if (m.note !== undefined) message.note = m.note
    if (m.url !== undefined) message.url = m.url
    file.messages.push(message)
  }
  return plain.failed ? { file, tree: plain.tree, failed: true } : { file, tree: plain.tree }
}
