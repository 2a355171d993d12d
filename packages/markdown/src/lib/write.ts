import type { Heading, PhrasingContent, Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown, type Info, type Options, type State } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import type { Book, BookArticle } from '@samizdat/core'
import { joinNames, publicationLine, rightsLine } from '@samizdat/book'

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children })
const heading = (depth: 1 | 2, value: string, id: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
  data: { hProperties: { id } },
})

/** The plain text of some phrasing nodes. */
const plainOf = (nodes: PhrasingContent[]): string => nodes.map((n) => toString(n)).join('')

/** pandoc's metadata block: the keys pandoc and most static-site tools read. */
function frontMatter(book: Book): string {
  const m = book.meta
  const data: Record<string, unknown> = { title: m.title }
  if (m.subtitle) data.subtitle = m.subtitle
  if (m.editor) data.editor = m.editor
  data.date = m.date
  data.lang = m.language
  if (m.publisher) data.publisher = m.publisher
  const rights = rightsLine(m)
  if (rights) data.rights = rights
  data.identifier = book.identifier
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n`
}

/** An article's opening: its title as `#`, then author and publication line. */
function opening(article: BookArticle): RootContent[] {
  const m = article.meta
  const nodes: RootContent[] = [heading(1, m.title ?? article.id, article.id)]
  if (m.subtitle) nodes.push(para({ type: 'emphasis', children: [text(m.subtitle)] }))
  const author = joinNames(m.authors)
  if (author) nodes.push(para({ type: 'strong', children: [text(author)] }))
  const line = publicationLine(m)
  if (line) nodes.push(para({ type: 'emphasis', children: [text(line)] }))
  if (m.standfirst) nodes.push(para({ type: 'emphasis', children: [text(m.standfirst)] }))
  return nodes
}

/** Section headings move one level down under the article's `#` title. */
function articleBody(article: BookArticle): RootContent[] {
  const tree = structuredClone(article.tree) as Root
  visit(tree, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, Math.max(2, node.depth)) as Heading['depth']
    // gfm writes a footnote by its label; the book's identifiers are the unique ones.
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') node.label = node.identifier
  })
  return tree.children
}

function backMatter(book: Book): RootContent[] {
  const nodes: RootContent[] = []
  if (book.bibliography.length) {
    nodes.push(heading(1, 'Works cited', 'works-cited'))
    if (book.bibliographyStyle) nodes.push(para({ type: 'emphasis', children: [text(`Formatted in ${book.bibliographyStyle}.`)] }))
    for (const entry of book.bibliography) nodes.push(para(text(entry.text)))
  }
  if (book.contributors.length) {
    nodes.push(heading(1, 'Contributors', 'contributors'))
    for (const c of book.contributors) {
      // A bio usually opens with the name itself: print it once, in bold.
      const rest = c.note?.startsWith(c.name) ? c.note.slice(c.name.length) : c.note ? `. ${c.note}` : ''
      nodes.push(para({ type: 'strong', children: [text(c.name)] }, ...(rest ? [text(rest)] : [])))
    }
  }
  nodes.push(heading(1, 'Colophon', 'colophon'))
  for (const s of book.colophon.sources) {
    // Sentences joined with full stops, none doubled after a title's own `!` or `?`.
    const sentences: PhrasingContent[][] = [[{ type: 'emphasis', children: [text(s.title)] }]]
    const dated = s.date && s.issue?.includes(s.date) ? undefined : s.date
    const where = [s.publication, s.issue, dated].filter(Boolean).join(', ')
    if (where) sentences.push([text(where)])
    if (s.url) sentences.push([{ type: 'link', url: s.url, children: [text(s.url)] }])
    for (const credit of s.credits) sentences.push([text(credit.replace(/\.$/, ''))])
    if (s.rights) sentences.push([text(s.rights.replace(/\.$/, ''))])
    const parts: PhrasingContent[] = []
    sentences.forEach((sentence, i) => {
      if (i > 0) parts.push(text(/[.!?]$/.test(plainOf(sentences[i - 1]!)) ? ' ' : '. '))
      parts.push(...sentence)
    })
    if (!/[.!?]$/.test(plainOf(sentences.at(-1)!))) parts.push(text('.'))
    nodes.push(para(...parts))
  }
  const rights = rightsLine(book.meta)
  if (rights) nodes.push(para(text(`This edition: ${rights}${/[.!?]$/.test(rights) ? '' : '.'}`)))
  nodes.push(para(text(`Made with ${book.colophon.software} on ${book.colophon.buildDate}.`)))
  return nodes
}

/** Article metadata as YAML front matter, the fields in a fixed order. */
function articleFrontMatter(article: BookArticle): string {
  const m = article.meta
  const data: Record<string, unknown> = { id: article.id }
  if (m.title) data.title = m.title
  if (m.subtitle) data.subtitle = m.subtitle
  if (m.authors?.length) data.author = m.authors.length === 1 ? m.authors[0] : m.authors
  if (m.date) data.date = m.date.iso
  if (m.publication) data.publication = m.publication
  if (m.issue) data.issue = m.issue
  if (m.url) data.url = m.url
  if (m.standfirst) data.standfirst = m.standfirst
  if (m.credits?.length) data.credits = m.credits
  if (m.rights) data.rights = m.rights
  if (m.bio) data.bio = m.bio
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n`
}

const markdownOptions: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '_',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  handlers: { heading: headingWithId },
}

/** One article as Markdown with its metadata as YAML front matter (`samizdat clean`). */
export function writeArticleMarkdown(article: BookArticle): string {
  return articleFrontMatter(article) + toMarkdown({ type: 'root', children: articleBody(article) }, markdownOptions)
}

/**
 * One article as the anthology prints it: its `#` title with `{#id}`, author
 * and publication line, then the body. The form a worker renders ahead of
 * the book's assembly and the build cache keeps.
 */
export function markdownChapter(article: BookArticle): string {
  return toMarkdown({ type: 'root', children: [...opening(article), ...articleBody(article)] }, markdownOptions)
}

export interface MarkdownOptions {
  /**
   * Chapters already rendered with `markdownChapter`, by article id (a worker
   * pool or a cache makes them); the others are rendered here. The bytes are
   * the same either way.
   */
  chapters?: ReadonlyMap<string, string>
}

/**
 * Book → pandoc-ready Markdown: YAML metadata block, each article a `#`
 * section with `{#id}` attributes, footnotes with book-unique ids, then works
 * cited, contributors and colophon. Each part is serialised on its own and
 * the parts joined by a blank line, as one serialisation would.
 */
export function writeMarkdown(book: Book, options: MarkdownOptions = {}): string {
  const parts: string[] = []
  if (book.meta.editorsNote) {
    const note = [heading(1, 'Editor’s note', 'editors-note'), para(text(book.meta.editorsNote))]
    parts.push(toMarkdown({ type: 'root', children: note }, markdownOptions))
  }
  for (const article of book.articles) parts.push(options.chapters?.get(article.id) ?? markdownChapter(article))
  parts.push(toMarkdown({ type: 'root', children: backMatter(book) }, markdownOptions))
  return frontMatter(book) + parts.join('\n')
}

/** ATX heading with pandoc's `{#id}` attribute, so links and contents survive conversion. */
function headingWithId(node: Heading, _parent: unknown, state: State, info: Info): string {
  const id = node.data?.hProperties?.id
  const exit = state.enter('headingAtx')
  const subexit = state.enter('phrasing')
  const value = state.containerPhrasing(node, { ...info, before: '# ', after: '\n' })
  subexit()
  exit()
  return `${'#'.repeat(node.depth)} ${value}${typeof id === 'string' ? ` {#${id}}` : ''}`
}
