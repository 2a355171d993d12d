import { buildBook } from '@samizdat/book'
import type { Book } from '@samizdat/core'
import type { BlockContent, FootnoteDefinition, Paragraph, PhrasingContent, Root } from 'mdast'
import { VFile } from 'vfile'

/** Plain essay prose, long enough that chapters run over several pages and notes fall everywhere. */
const sentences = [
  'The committees grew out of the everyday organisation of the workplace, long before anyone called them councils.',
  'Delegates were elected on the shop floor and could be recalled by the same meeting that chose them.',
  'Nothing in the constitution of the state provided for such bodies, and nothing in it could abolish them either.',
  'Historians have argued ever since about whether the councils were an instrument of the parties or their rival.',
  'What mattered to the participants was that decisions about food, transport and defence were taken in the open.',
  'A strike that began over the price of bread became, within a fortnight, a question of who governed the city.',
  'The newspapers of the time described the situation as chaotic, which says more about the newspapers than the city.',
  'Representatives of the railway workers insisted that no troop train would move without the permission of the committee.',
  'Every revolutionary situation produces institutions of this kind, though few of them survive the first counter-offensive.',
  'The demand for a constituent assembly was raised by those who hoped to end the dual power rather than to resolve it.',
  'Against this, the advocates of the councils argued that a parliament elected by districts could not represent the factories.',
  'The argument was settled not by debate but by the balance of forces in the streets and barracks of the capital.',
]

function prose(seed: number, count: number): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(sentences[(seed * 5 + i * 7) % sentences.length]!)
  return out.join(' ')
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const call = (id: string): PhrasingContent => ({
  type: 'footnoteReference',
  identifier: id,
  label: id,
})
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
const note = (id: string, ...paragraphs: string[]): FootnoteDefinition => ({
  type: 'footnoteDefinition',
  identifier: id,
  label: id,
  children: paragraphs.map((p) => para(text(p))),
})

/**
 * One long article: paragraphs of prose, a section heading every few
 * paragraphs, a note call in every second one, a block quote, and the first
 * note called a second time.
 */
function longArticle(seed: number, paragraphs: number, notesEvery: number): Root {
  const body: BlockContent[] = []
  const notes: FootnoteDefinition[] = []
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 6 === 0)
      body.push({ type: 'heading', depth: 2, children: [text(`Part ${i / 6 + 1}`)] })
    const words = prose(seed + i, 4 + ((seed + i) % 4))
    if (i % notesEvery === notesEvery - 1) {
      const id = String(notes.length + 1)
      const cut = words.indexOf('. ') + 1
      // A token no other text has sits right before each call, so a test can find the call's page.
      body.push(
        para(
          text(`${words.slice(0, cut - 1)}, witness w${id}z`),
          call(id),
          text(`.${words.slice(cut)}`),
        ),
      )
      const multi = notes.length % 5 === 2
      notes.push(
        multi
          ? note(
              id,
              `Note ${id}. ${prose(seed + i + 3, 2)}`,
              `A second paragraph of note ${id}. ${prose(seed + i + 4, 1)}`,
            )
          : note(
              id,
              `Note ${id}. ${prose(seed + i + 1, 1 + (i % 2))} See https://example.org/archive/${seed}/${id}.`,
            ),
      )
    } else {
      body.push(para(text(words)))
    }
    if (i === 10)
      body.push(
        para(text('The first note is called again by witness again1z'), call('1'), text('.')),
      )
    if (i === 3) {
      body.push({
        type: 'blockquote',
        children: [para(text(prose(seed + 40, 3))), para(text(prose(seed + 41, 2)))],
      })
    }
  }
  return { type: 'root', children: [...body, ...notes] }
}

/**
 * A book of three chapters that run over several pages, with notes on most
 * pages (some of two paragraphs), for the PDF tests: running heads, notes on
 * the page of their call, contents page numbers, booklet order.
 */
export function longBook(): Book {
  const specs = [
    {
      id: 'councils',
      title: 'The Councils and the State',
      author: 'Rosa Example',
      seed: 1,
      paragraphs: 16,
    },
    {
      id: 'railways',
      title: 'Railway Workers in the Revolution',
      author: 'Karl Sample',
      seed: 2,
      paragraphs: 10,
    },
    {
      id: 'assembly',
      title: 'Against the Constituent Assembly',
      author: 'Rosa Example',
      seed: 3,
      paragraphs: 6,
    },
  ]
  const inputs = specs.map((s) => {
    const file = new VFile({ path: `sources/${s.id}.txt` })
    file.data.meta = {
      title: s.title,
      authors: [s.author],
      date: { iso: `19${70 + s.seed}-0${s.seed}`, precision: 'month' },
      publication: 'Workers’ Review',
      url: `https://example.org/${s.id}.html`,
    }
    return {
      entry: { source: `${s.id}.txt`, id: s.id },
      file,
      tree: longArticle(s.seed, s.paragraphs, 2),
      path: `${s.id}.txt`,
      format: 'txt' as const,
    }
  })
  return buildBook(
    {
      title: 'Councils',
      subtitle: 'A test anthology',
      editor: 'Test Editor',
      language: 'en-GB',
      date: '2026-01-15',
    },
    inputs,
    { software: 'samizdat 0.1.0', buildDate: '2026-01-15' },
  )
}
