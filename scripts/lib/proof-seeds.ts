import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from '../../packages/proof/node_modules/@types/mdast/index.js'
import { countWords, loadSpellers, proofFile } from '../../packages/proof/src/index.ts'
import { readText } from '../../packages/read/src/index.ts'
import { reporter } from './proof-report.ts'

/**
 * Proofread the seed sources as `samizdat proof` would, on the reader's tree
 * (before clean, notes and structure, which other stages own): a quick view of
 * what the detector flags. Usage: npx tsx scripts/lib/proof-seeds.ts [--json]
 */
const dir = new URL('../../sources/', import.meta.url).pathname
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
const spellers = await loadSpellers()
const read = names.map((n) => readText(readFileSync(join(dir, n)), `sources/${n}`))
const corpusWords = countWords(read.map((r) => r.tree as Root))
for (const { tree, file } of read) proofFile(tree as Root, file, { spellers, corpusWords })
process.stdout.write(
  reporter(
    read.map((r) => r.file),
    process.argv.includes('--json'),
  ),
)
