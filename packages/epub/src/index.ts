export { type EpubChapter, epubChapter, type NoteLink } from './lib/article.ts'
export type { DeferredEntry, PackedEntry, ZipEntry } from './lib/zip.ts'
export { type EpubOptions, writeEpub, writeEpubStream } from './lib/write.ts'
