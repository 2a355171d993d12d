export { writeEpub } from './lib/write.ts'
