export { markdownChapter, type MarkdownOptions, writeArticleMarkdown, writeMarkdown } from './lib/write.ts'
