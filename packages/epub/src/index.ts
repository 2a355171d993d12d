export { type EpubChapter, epubChapter, type NoteLink } from './lib/article.ts'
export type { PackedEntry } from './lib/zip.ts'
export { type EpubOptions, writeEpub } from './lib/write.ts'
