/**
 * Field-level evaluation of the notes package's reference parser on the
 * anystyle parser gold data (hand-labelled reference strings).
 *
 *   npx tsx scripts/eval-citations.ts [--errors FIELD] [--limit N]
 *
 * Matching: for each reference and field, the gold text and the parsed text
 * are normalised (Unicode NFKC, lower case, letters and digits only; a
 * leading `in` dropped from containers; dates compared by their first
 * four-digit year; pages by their digits and range dash). Equal → true
 * positive; a parsed field that differs or that the gold lacks → false
 * positive; a gold field that was missed or differs → false negative.
 * Counts are micro-averaged over references, per field and overall.
 *
 * Development used only the even-numbered references of gold.xml; the odd
 * ones are reported apart as a held-out check, and core.xml was never
 * looked at while writing the rules.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReference } from '../packages/notes/src/index.ts'

const dir = join(import.meta.dirname, '../../shared/eval/external/anystyle-parser-gold')
const fields = ['author', 'title', 'container', 'place', 'date', 'pages'] as const
type EvalField = (typeof fields)[number]

const goldTag: Record<string, EvalField> = {
  author: 'author',
  title: 'title',
  journal: 'container',
  'container-title': 'container',
  location: 'place',
  date: 'date',
  pages: 'pages',
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

interface Sample {
  text: string
  gold: Partial<Record<EvalField, string>>
}

function load(file: string): Sample[] {
  const xml = readFileSync(join(dir, file), 'utf8')
  const out: Sample[] = []
  for (const seq of xml.matchAll(/<sequence>([\s\S]*?)<\/sequence>/g)) {
    const parts: string[] = []
    const gold: Sample['gold'] = {}
    for (const tag of seq[1]!.matchAll(/<([a-z-]+)>([\s\S]*?)<\/\1>/g)) {
      const value = unescapeXml(tag[2]!).trim()
      parts.push(value)
      const field = goldTag[tag[1]!]
      if (field && gold[field] === undefined) gold[field] = value
      else if (field && field !== 'date') gold[field] += ` ${value}`
    }
    out.push({ text: parts.join(' '), gold })
  }
  return out
}

export function normalise(field: EvalField, value: string): string {
  let v = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<\/?[a-z]+>/g, ' ')
  if (field === 'date') return /\d{4}/.exec(v)?.[0] ?? v.replace(/[^\p{L}\p{N}]/gu, '')
  if (field === 'pages') {
    v = v.replace(/\b(?:pp?|pages?|s|pgs?)\.?/g, '').replace(/[–—‐]+|--/g, '-')
    return v.replace(/[^\p{L}\p{N}-]/gu, '').replace(/^-+|-+$/g, '')
  }
  if (field === 'container') v = v.replace(/^\s*(?:in|en|dans|im)\b\s*:?/u, '')
  return v.replace(/[^\p{L}\p{N}]/gu, '')
}

type Counts = Record<EvalField, { tp: number; fp: number; fn: number }>
const empty = (): Counts =>
  Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Counts

function score(
  samples: Sample[],
  counts: Counts,
  errors?: { field: EvalField; list: string[] },
): void {
  for (const sample of samples) {
    const parsed = parseReference(sample.text).fields
    for (const field of fields) {
      const g = sample.gold[field]
      const p = parsed[field]
      const c = counts[field]
      const gn = g === undefined ? '' : normalise(field, g)
      const pn = p === undefined ? '' : normalise(field, p)
      if (gn && pn && gn === pn) c.tp++
      else {
        if (pn) c.fp++
        if (gn) c.fn++
        if (errors?.field === field && (pn || gn))
          errors.list.push(`${sample.text}\n   gold: ${g ?? '—'}\n   ours: ${p ?? '—'}`)
      }
    }
  }
}

function report(name: string, counts: Counts): number {
  const prf = (c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp / (c.tp + c.fp || 1)
    const r = c.tp / (c.tp + c.fn || 1)
    return { p, r, f: (2 * p * r) / (p + r || 1) }
  }
  const total = { tp: 0, fp: 0, fn: 0 }
  console.log(`\n${name}`)
  console.log('field       precision  recall  F1')
  for (const field of fields) {
    const c = counts[field]
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn
    const { p, r, f } = prf(c)
    console.log(
      `${field.padEnd(11)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}`,
    )
  }
  const { p, r, f } = prf(total)
  console.log(
    `${'overall'.padEnd(11)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}`,
  )
  return f
}

const args = process.argv.slice(2)
const errorField = args.includes('--errors')
  ? (args[args.indexOf('--errors') + 1] as EvalField)
  : undefined
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40
const gold = load('gold.xml')
const core = load('core.xml')
const dev = gold.filter((_, i) => i % 2 === 0)
const held = gold.filter((_, i) => i % 2 === 1)
const started = performance.now()
const errors = errorField ? { field: errorField, list: [] as string[] } : undefined
const counts = { dev: empty(), held: empty(), gold: empty(), core: empty() }
score(dev, counts.dev, errors)
score(held, counts.held)
score(gold, counts.gold)
score(core, counts.core)
const ms = performance.now() - started
if (errors) for (const e of errors.list.slice(0, limit)) console.log(`\n${e}`)
report(`gold.xml, development half (${dev.length} references)`, counts.dev)
report(`gold.xml, held-out half (${held.length} references)`, counts.held)
const g = report(`gold.xml, all (${gold.length} references)`, counts.gold)
const c = report(
  `core.xml, all (${core.length} references, never used in development)`,
  counts.core,
)
const n = dev.length + held.length + gold.length + core.length
console.log(
  `\nOverall field F1: gold.xml ${g.toFixed(3)}, core.xml ${c.toFixed(3)} (GROBID reports about 0.89 on general references)`,
)
console.log(`${n} parses in ${ms.toFixed(0)} ms (${((ms * 1000) / n).toFixed(0)} µs each)`)
