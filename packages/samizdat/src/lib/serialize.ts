import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

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

/** A vfile as plain, structured-clone-safe data: its path, data and messages. */
export interface PlainFile {
  path: string
  data: VFile['data']
  messages: PlainMessage[]
}

export function plainFile(file: VFile): PlainFile {
  return {
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
  }
}

/** Back to a vfile; `path` renames it (a cached article read from another folder). */
export function fileFromPlain(plain: PlainFile, path = plain.path): VFile {
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
  return file
}
