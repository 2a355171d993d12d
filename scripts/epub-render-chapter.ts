/**
 * Look at what the writer makes: unzip an EPUB and render its documents with
 * Chromium to PNG, at a phone-sized and a tablet-sized viewport.
 *
 *   npx tsx packages/epub/scripts/render-chapter.ts [book.epub] [outdir] [file.xhtml…]
 *
 * Without a book it writes the sample book. Needs /usr/bin/chromium.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { sampleBook } from '@samizdat/book'
import { writeEpub } from '@samizdat/epub'
import { chromiumFlags, defaultChromium } from '@samizdat/print'
import JSZip from 'jszip'
import { chromium } from 'playwright-core'

const [bookPath, outDir = '/tmp/epub-render', ...wanted] = process.argv.slice(2)
const bytes = bookPath ? new Uint8Array(await readFile(bookPath)) : await writeEpub(sampleBook())
const zip = await JSZip.loadAsync(bytes)
const root = mkdtempSync(join(tmpdir(), 'epub-render-'))
for (const file of Object.values(zip.files)) {
  if (file.dir) continue
  const path = join(root, file.name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, await file.async('uint8array'))
}
const names = wanted.length
  ? wanted
  : Object.keys(zip.files)
      .filter((n) => /OEBPS\/.*\.xhtml$/.test(n))
      .map((n) => n.slice(6))
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: defaultChromium,
  args: [...chromiumFlags],
})
try {
  for (const [label, viewport] of [
    ['phone', { width: 420, height: 860 }],
    ['tablet', { width: 760, height: 1020 }],
  ] as const) {
    const page = await browser.newPage({ viewport })
    // Reading systems add their own margins; a plain browser needs a little.
    for (const name of names) {
      await page.goto(`file://${join(root, 'OEBPS', name)}`)
      await page.addStyleTag({ content: 'html { margin: 1.2em 1.5em; font-size: 17px; }' })
      const base = join(outDir, `${name.replace(/\.xhtml$/, '')}-${label}`)
      await page.screenshot({ path: `${base}.png`, fullPage: true })
      // The first screen, and the first screen of notes, at a size one can read.
      await page.screenshot({ path: `${base}-top.png` })
      const notes = await page.$('section.notes')
      if (notes) {
        await notes.scrollIntoViewIfNeeded()
        await page.screenshot({ path: `${base}-notes.png` })
      }
      process.stdout.write(`${base}.png\n`)
    }
    await page.close()
  }
} finally {
  await browser.close()
}
