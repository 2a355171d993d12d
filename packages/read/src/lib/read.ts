import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { binaryKind, decode, splitLines } from './decode.ts'
import { parseLines } from './parse.ts'

// NUL and other control characters (not tab, newline, form feed or carriage return).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
const controlRe = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

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
  file.data.format = 'txt'
  const binary = binaryKind(bytes)
  if (binary) {
    // Not text at all: the article cannot be made, and the build goes on without it.
    const message = file.message(`Unexpected ${binary}, expected text`, {
      ruleId: 'binary',
      source: 'read',
    })
    message.fatal = true
    file.data.rawLines = []
    return { file, tree: { type: 'root', children: [] } }
  }
  const decoded = decode(bytes)
  // NUL and other control characters are debris of a bad copy, never text.
  const controls = decoded.text.match(controlRe)
  if (controls) {
    file.message(
      `Unexpected ${controls.length} control character${controls.length === 1 ? '' : 's'} (such as NUL), expected text: removed`,
      {
        ruleId: 'control-characters',
        source: 'read',
      },
    )
    decoded.text = decoded.text.replace(controlRe, '')
  }
  file.value = decoded.text
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
    const message = file.message('Unexpected empty source, expected some text', {
      ruleId: 'empty',
      source: 'read',
    })
    message.fatal = true
  }
  return { file, tree }
}
