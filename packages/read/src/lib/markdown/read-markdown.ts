import { metaOf, recordRemoval } from '@samizdat/core'
import type { Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { decode, splitLines } from '../decode.ts'
import { FrontMatterError, frontMatterKeys, readFrontMatter } from './front-matter.ts'

/**
 * A Markdown source (`.md`) → vfile + mdast, for a text an editor has
 * already cleaned: CommonMark with GFM (footnotes, tables, autolinks), YAML
 * front matter as the article's metadata (origin `front-matter`). The front
 * matter leaves the tree; a first-level heading at the top is the title
 * (taken as the title when the front matter has none) and leaves it too.
 */
export interface ReadMarkdownResult {
  file: VFile
  tree: Root
}

export const markdownRules: Record<string, string> = {
  'read:md-front-matter':
    'The YAML front matter could not be read, or a key has a value of the wrong shape.',
  'read:md-front-matter-key': 'A front-matter key that is not article metadata (ignored).',
  'read:md-title': 'The title heading at the top of a Markdown source, moved to the metadata.',
}

const source = 'read'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

export function readMarkdown(bytes: Uint8Array, path: string): ReadMarkdownResult {
  const decoded = decode(bytes)
  const file = new VFile({ path, value: decoded.text })
  file.data.format = 'md'
  file.data.rawLines = splitLines(decoded.text)
  if (decoded.fallback) {
    file.message(`Unexpected bytes that are not UTF-8, decoded as ${decoded.encoding}`, {
      ruleId: 'decode',
      source,
    })
  }
  const tree = parser.parse(file) as Root
  const meta = metaOf(file)

  const yamlIndex = tree.children.findIndex((node) => node.type === 'yaml')
  const yaml = tree.children[yamlIndex]
  if (yaml?.type === 'yaml') {
    tree.children.splice(yamlIndex, 1)
    const place = yaml.position ? { place: yaml.position } : {}
    try {
      const found = readFrontMatter(yaml.value, yaml.position?.start.line)
      const origins = { ...meta.origins, ...found.meta.origins }
      Object.assign(meta, found.meta)
      if (Object.keys(origins).length) meta.origins = origins
      for (const { key, expected } of found.invalid) {
        file.message(`Unexpected value for front-matter key \`${key}\`, expected ${expected}`, {
          ruleId: 'md-front-matter',
          source,
          ...place,
        })
      }
      for (const key of found.unknown) {
        file.info(
          `Unexpected front-matter key \`${key}\`, expected one of: ${frontMatterKeys.join(', ')}`,
          {
            ruleId: 'md-front-matter-key',
            source,
            ...place,
          },
        )
      }
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error
      file.message(
        `Unexpected front matter that is not a YAML mapping (${error.message}), expected \`key: value\` lines`,
        {
          ruleId: 'md-front-matter',
          source,
          ...place,
        },
      )
    }
  }

  const first = tree.children[0]
  if (first?.type === 'heading' && first.depth === 1) {
    const title = mdastToString(first).trim()
    const same = meta.title !== undefined && normal(meta.title) === normal(title)
    if (meta.title === undefined || same) {
      const line = first.position?.start.line
      if (meta.title === undefined) {
        meta.title = title
        meta.origins = {
          ...meta.origins,
          title: line === undefined ? { from: 'markdown' } : { from: 'markdown', line },
        }
      }
      tree.children.shift()
      if (line !== undefined) {
        recordRemoval(file, {
          ruleId: 'read:md-title',
          reason: 'Title heading at the top, kept as metadata',
          line,
          endLine: first.position?.end.line ?? line,
          text: title,
        })
      }
    }
  }

  if (tree.children.length === 0) {
    file.message('Unexpected empty source, expected some text', { ruleId: 'empty', source })
  }
  return { file, tree }
}

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
