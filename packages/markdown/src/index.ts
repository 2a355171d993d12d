export { writeArticleMarkdown, writeMarkdown } from './lib/write.ts'
