export {
  type Booklet,
  type BookletOptions,
  imposeBooklet,
  padPages,
  type Side,
  saddleStitchOrder,
} from './lib/booklet.ts'
export { printChapter } from './lib/chapter.ts'
export { type PrintOptions, writePrintHtml } from './lib/html.ts'
export {
  buildPrint,
  describePrintFile,
  type PrintBuild,
  type PrintBuildOptions,
  type PrintFileReport,
} from './lib/outputs.ts'
export { type PageFormat, pageFormat, pageFormats } from './lib/page.ts'
export {
  chromiumFlags,
  defaultChromium,
  type Engine,
  openRenderer,
  type PdfRenderer,
  type RenderOptions,
  renderPdf,
} from './lib/render.ts'
export { rules } from './lib/rules.ts'
export { writeArticleZine } from './lib/zine.ts'
