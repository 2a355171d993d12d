import fc from 'fast-check'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { cleanPresetWith } from '@samizdat/clean'
import { createNotesPreset } from '@samizdat/notes'
import { readText, structurePreset } from '@samizdat/read'
import type { VFile } from 'vfile'

const words = 'the workers council strike power state soviet party union city factory delegates assembly committee revolution government class movement struggle capital'.split(' ')
const word = fc.constantFrom(...words)
const ordinals = 'one two three four five six seven eight nine ten eleven twelve'.split(' ')
const sentence = fc.array(word, { minLength: 6, maxLength: 18 }).map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`)
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 5 }).map((s) => s.join(' '))
const heading = fc.array(word, { minLength: 2, maxLength: 5 }).map((w) => w.map((x) => x[0]!.toUpperCase() + x.slice(1)).join(' '))
const furniture = fc.constantFrom(
  'Share this article',
  'Subscribe to our newsletter',
  'Home | About | Archive | Contact',
  'Tags',
  'Last updated: 19.11.2012',
  'Donate today to keep this site running!',
  'Follow us on social media',
)
const quote = paragraph.map((p) => `“${p}”`)
type Block = { kind: 'p' | 'h' | 'f' | 'q'; text: string }
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((text) => ({ kind: 'p' as const, text })) },
  { weight: 1, arbitrary: heading.map((text) => ({ kind: 'h' as const, text })) },
  { weight: 1, arbitrary: furniture.map((text) => ({ kind: 'f' as const, text })) },
  { weight: 1, arbitrary: quote.map((text) => ({ kind: 'q' as const, text })) },
)
/**
 * A generated page: a title, an article of at least five paragraphs (an
 * article is what the cleaner must find; a page with no article in it is
 * another test), furniture, headings and quotations among them, note markers
 * in some paragraphs and a Notes section for them.
 */
const page = fc
  .tuple(
    heading,
    // An essay does not print the same paragraph twice (that is a teaser's mark): each is its own.
    fc
      .array(paragraph, { minLength: 5, maxLength: 12 })
      .map((ps) => ps.map((text, i) => ({ kind: 'p' as const, text: `${text} Its argument number ${ordinals[i]} follows.` }))),
    fc.array(block, { minLength: 0, maxLength: 12 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([title, article, extra, notes]) => {
    // The extra blocks are spread through the article, furniture included.
    const blocks: Block[] = [...article]
    extra.forEach((b, i) => blocks.splice((i * 7) % (blocks.length + 1), 0, b))
    let n = 0
    const lines = blocks.map((b) => (b.kind === 'p' && n < notes ? `${b.text} [${++n}]` : b.text))
    const tail = n > 0 ? ['Notes', ...Array.from({ length: n }, (_, i) => `${i + 1}. See the minutes of the committee, London 1971, p. ${i + 3}.`)] : []
    return [title, ...lines, ...tail].join('\n\n')
  })

async function clean(text: string): Promise<{ file: VFile; tree: Root }> {
  const { file, tree } = readText(new TextEncoder().encode(text), 'page.txt')
  const out = (await unified().use(cleanPresetWith()).use(createNotesPreset()).use(structurePreset).run(tree, file)) as Root
  return { file, tree: out }
}

/**
 * A fixed seed keeps CI reproducible: a failure names its input and can be
 * replayed. Set FC_SEED to explore other pages. (Seed 2 once found a second
 * cleaning pass moving the article's boundary; clean now marks the main text
 * once and reuses the marks, see clean's `idempotent.test.ts`.)
 */
const seed = Number(process.env.FC_SEED ?? 20261122)

const norm = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).join(' ')

describe('no silent loss (property)', () => {
  it('the reader never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        readText(bytes, 'x.txt')
      }),
      { numRuns: 300, seed },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        readText(new TextEncoder().encode(text), 'x.txt')
      }),
      { numRuns: 300, seed },
    )
  })

  it('every input line is in the output, in the removal record, or moved to the metadata', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (text) => {
        const { file, tree } = await clean(text)
        const output = norm(tree.children.map((c) => toString(c)).join('\n'))
        const removed = new Set<number>()
        for (const r of file.data.removals ?? []) for (let l = r.line; l <= r.endLine; l++) removed.add(l)
        const moved = new Set((file.data.findings ?? []).map((f) => f.line))
        text.split('\n').forEach((line, i) => {
          const n = i + 1
          if (!norm(line) || removed.has(n) || moved.has(n)) return
          expect(output, `line ${n} “${line}” is nowhere`).toContain(norm(line))
        })
      }),
      { numRuns: 60, seed },
    )
  })

  it('cleaning is idempotent: cleaning the result again removes nothing more', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (text) => {
        const { file, tree } = await clean(text)
        const before = JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v))
        const removals = file.data.removals?.length ?? 0
        const again = (await unified().use(cleanPresetWith()).run(tree, file)) as Root
        expect(JSON.stringify(again, (k, v) => (k === 'position' ? undefined : v))).toBe(before)
        expect(file.data.removals?.length ?? 0).toBe(removals)
      }),
      { numRuns: 40, seed },
    )
  })
})
