import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sampleBook } from '@samizdat/book'
import { buildPrint, describePrintFile, pageFormat } from '@samizdat/print'

// Usage: npx tsx packages/print/examples/print-sample.ts [out-dir] [chromium|weasyprint]
const out = process.argv[2] ?? 'output/print-sample'
const engine = process.argv[3] === 'weasyprint' ? 'weasyprint' : 'chromium'
const book = sampleBook()
const { outputs, files } = await buildPrint(book, { engine, booklet: true, perArticle: true })
for (const [path, bytes] of outputs) {
  mkdirSync(join(out, path, '..'), { recursive: true })
  writeFileSync(join(out, path), bytes)
}
for (const file of files) console.log(describePrintFile(file, pageFormat(book.meta.pageSize).sheet))
