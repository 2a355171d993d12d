import { readdirSync, readFileSync } from 'node:fs'
import nspell from 'nspell'
import { unified } from 'unified'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  countWords,
  Lexicon,
  loadSpellers,
  proofPreset,
  SpellCache,
  type Spellers,
  toProofJson,
} from '../src/index.ts'
import { indexOf, internalsOf } from '../src/lib/dictionary-index.ts'
import { entriesOf, openDictionary } from '../src/lib/dictionary-load.ts'
import { editsOf } from '../src/lib/edits.ts'
import { suggest } from '../src/lib/suggest.ts'
import { wordsOf } from '../src/lib/tokens.ts'
import { treeOf } from './helpers.ts'

/**
 * The dictionary shortcuts (`DictionaryIndex`, the `suggest` port, the
 * per-run `SpellCache`) must give nspell's own answers and the same report.
 */
let spellers: Spellers
beforeAll(async () => {
  spellers = await loadSpellers()
})

const fixtures = new URL('./fixtures/', import.meta.url)
const inputs = readdirSync(fixtures)
  .sort()
  .map((name) => readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8'))
const fixtureWords = [...new Set(inputs.flatMap((text) => wordsOf(text, []).map((t) => t.text)))]

/** Forms of a word the rules ask about: as written, in capitals, sentence case, possessive. */
const formsOf = (w: string) => [
  w,
  w.toLowerCase(),
  w.toUpperCase(),
  w[0]!.toUpperCase() + w.slice(1),
  `${w}’s`,
  `${w}s`,
]

describe('nspell’s answers, faster', () => {
  it('reads a dictionary as nspell does: the same words, flags, order and compound rules', async () => {
    for (const name of ['dictionary-en', 'dictionary-en-gb']) {
      const { aff, dic } = ((await import(name)) as { default: { aff: Buffer; dic: Buffer } })
        .default
      const theirs = nspell({ aff: Buffer.from(aff), dic: Buffer.from(dic) })
      const ours = openDictionary(Buffer.from(aff), Buffer.from(dic))
      const entries = entriesOf(ours)!
      const data = (theirs as unknown as { data: Record<string, string[]> }).data
      expect(entries.size, name).toBe(Object.keys(data).length)
      for (const [word, flags] of entries) expect(flags, word).toEqual(data[word])
      // Made from the map when first read, nspell's `data` itself (whose keys JS orders numbers first).
      const made = (ours as unknown as { data: Record<string, string[]> }).data
      expect(Object.keys(made)).toEqual(Object.keys(data))
      expect(internalsOf(ours).compoundRules).toEqual(internalsOf(theirs).compoundRules)
      // nspell's own methods read the entries too, once asked.
      expect(ours.correct('colour')).toBe(theirs.correct('colour'))
      expect(ours.suggest('recieved')).toEqual(theirs.suggest('recieved'))
    }
  })

  it('correct: the same verdict for every form', () => {
    const odd = [
      '1st',
      '21st',
      '3rd',
      '11th',
      '12nd',
      'x1st',
      'COVID-19',
      ' the',
      'the ',
      "o'clock",
    ]
    for (const variant of ['en-US', 'en-GB'] as const) {
      const speller = spellers[variant]
      const index = indexOf(speller)
      expect(index.exact).toBe(true)
      for (const word of [...fixtureWords.flatMap(formsOf), ...odd])
        expect(index.correct(word), `${variant} ${word}`).toBe(speller.correct(word))
    }
  })

  it('suggest: the same suggestions in the same order', { timeout: 60_000 }, () => {
    const words = [
      'recieved',
      'comittee',
      'teh',
      'Teh',
      'wierd',
      'seperate',
      'definately',
      'accomodate',
      'GOVERMENT',
      'Londn',
      'dont',
      'workers’',
      'isnt',
      'anti-capitalst',
      'naïvete',
      'Óscarr',
      'booyah',
      'spectrograph',
      'illegalize',
      'protagonistic',
      'xq',
      'the',
      '',
    ]
    for (const variant of ['en-US', 'en-GB'] as const) {
      const speller = spellers[variant]
      const index = indexOf(speller)
      for (const word of words)
        expect(suggest(internalsOf(speller), index, word), `${variant} ${word}`).toEqual(
          speller.suggest(word),
        )
    }
  })

  it('known edits: the edits a lexicon knows, in their order', () => {
    const lexicon = new Lexicon(spellers, 'en-US', ['Ogunjobi', 'Poulantzas'])
    const words = [
      'recieved',
      'Poulanzas',
      'Ogunjobbi',
      'teh',
      'Kerenskyy',
      'wrokers',
      'naïve',
      'co-op',
    ]
    for (const word of [...words, ...fixtureWords.slice(0, 150)]) {
      const slow = [...editsOf(word)].filter((c) => lexicon.isWord(c))
      expect(lexicon.knownEdits(word), word).toEqual(slow)
    }
  })
})

describe('the per-run cache', () => {
  /** The report and the changes of the whole preset on every fixture input. */
  async function run(with_: Spellers): Promise<string> {
    const docs = inputs.map((text, i) => treeOf(text, `input-${i}.txt`))
    const corpusWords = countWords(docs.map((d) => d.tree))
    const out: unknown[] = []
    for (const { tree, file } of docs) {
      await unified()
        .use(proofPreset({ spellers: with_, corpusWords }))
        .run(tree, file)
      out.push(toProofJson([file]), file.data.changes, tree)
    }
    return JSON.stringify(out)
  }

  it('gives the same results fresh, warm and without one', async () => {
    const { cache: _, ...without } = spellers
    const plain = await run(without)
    const shared = { ...spellers, cache: new SpellCache() }
    expect(await run(shared)).toBe(plain)
    // Warm: every word seen before.
    expect(await run(shared)).toBe(plain)
    expect(await run({ ...spellers, cache: new SpellCache() })).toBe(plain)
  })
})
