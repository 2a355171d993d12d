import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { remarkTypography } from '@samizdat/proof'

/**
 * House typography for the editor's own prose in the manifest (title,
 * subtitle, editor's note): the same filter the articles get, so a straight
 * apostrophe typed into the manifest prints curly like the rest of the book.
 */
export async function typesetText(text: string): Promise<string> {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }
  const out = (await unified().use(remarkTypography).run(tree, new VFile())) as Root
  return toString(out)
}
