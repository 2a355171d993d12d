import { VFile } from 'vfile'
import type { Root } from 'mdast'
import { decode, splitLines } from './decode.ts'
import { parseLines } from './parse.ts'

export interface ReadResult {
  file: VFile
  tree: Root
}

/**
 * Bytes → vfile + mdast. The vfile's `value` is the decoded text; its data
 * holds the raw lines; its messages say what was odd about the bytes.
 */
export function readText(bytes: Uint8Array, path: string): ReadResult {
  const file = new VFile({ path })
  const decoded = decode(bytes)
  file.value = decoded.text
  file.data.format = 'txt'
  if (decoded.fallback) {
    file.message(`Unexpected bytes that are not UTF-8, decoded as ${decoded.encoding}`, {
      ruleId: 'decode',
      source: 'read',
    })
  }
  const lines = splitLines(decoded.text)
  file.data.rawLines = lines
  const tree = parseLines(lines)
  if (tree.children.length === 0) {
    file.message('Unexpected empty source, expected some text', { ruleId: 'empty', source: 'read' })
  }
  return { file, tree }
}
