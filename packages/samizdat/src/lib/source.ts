import { VFile } from 'vfile'
import type { SourceFormat } from '@samizdat/core'
import { readHtml, readMarkdown, readText } from '@samizdat/read'
import type { ProcessedArticle } from './pipeline.ts'

/**
 * The largest source samizdat takes: 16 MiB is several books' worth of text.
 * A file past it is a dump or a mistake, and reading it would only cost the
 * editor minutes and memory before the same conclusion.
 */
export const maxSourceBytes = 16 * 1024 * 1024

/** The reader for a format. */
export async function readSource(bytes: Uint8Array, path: string, format: SourceFormat): Promise<ProcessedArticle> {
  if (bytes.length > maxSourceBytes) {
    const file = new VFile({ path })
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`
    const message = file.message(`Unexpected source of ${mb(bytes.length)}, expected an article under ${mb(maxSourceBytes)}: split it into articles`, {
      ruleId: 'too-large',
      source: 'read',
    })
    message.fatal = true
    file.data.rawLines = []
    return { file, tree: { type: 'root', children: [] } }
  }
  switch (format) {
    case 'html':
      return await readHtml(bytes, path)
    case 'md':
      return await readMarkdown(bytes, path)
    default:
      return readText(bytes, path)
  }
}

