import { PDFDocument } from 'pdf-lib'
import type { DocumentFacts } from './browser.ts'

/**
 * Chromium writes the clock's time and its own name into a PDF and no
 * author; this gives its PDF the metadata WeasyPrint takes from the same
 * HTML head: title, author, creator, language, and the build's date.
 */
export async function stampMetadata(pdf: Uint8Array, facts: DocumentFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  doc.setTitle(facts.title)
  if (facts.author) doc.setAuthor(facts.author)
  if (facts.generator) doc.setCreator(facts.generator)
  doc.setProducer('Chromium with Paged.js')
  if (facts.language) doc.setLanguage(facts.language)
  const date =
    facts.created && /^\d{4}-\d{2}-\d{2}$/.test(facts.created)
      ? new Date(`${facts.created}T00:00:00Z`)
      : null
  if (date) {
    doc.setCreationDate(date)
    doc.setModificationDate(date)
  }
  return doc.save({ useObjectStreams: false })
}
