import { bookFace, fontFaces } from './fonts.ts'
import type { PageFormat } from './page.ts'

/** A CSS string literal; `<` is escaped too, so no text can close the `<style>` element. */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)
  return `"${body}"`
}

const mm = (n: number) => `${Math.round(n * 10) / 10}mm`

/** The margin boxes every page starts from; later rules switch some on. */
const noBoxes = [
  'top-left',
  'top-center',
  'top-right',
  'bottom-left',
  'bottom-center',
  'bottom-right',
]
  .map((box) => `@${box} { content: none; }`)
  .join(' ')

/**
 * The stylesheet: CSS Paged Media for print (read natively by WeasyPrint and
 * by Paged.js in Chromium, which unwraps `@media print` and drops
 * `@media screen`), and a plain reading view for a browser.
 */
export function printCss(format: PageFormat, runningTitle: string): string {
  const { inside, outside, top, bottom } = format
  const head = `font-size: 7.5pt; font-style: italic; letter-spacing: 0.02em; color: #333; vertical-align: bottom; padding-bottom: 3mm;`
  const folio = `font-size: 8pt; font-variant-numeric: oldstyle-nums; vertical-align: top; padding-top: 4mm;`
  return `${fontFaces()}

html {
  font-family: '${bookFace}', 'Liberation Serif', 'DejaVu Serif', serif;
  font-size: ${format.fontSize}pt;
  line-height: 1.42;
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  hyphens: manual;
  /* The book face has no U+2010, the engines' default hyphen at a break. */
  hyphenate-character: "-";
  -webkit-hyphenate-character: "-";
  color: #111;
}
body { margin: 0; }
p { margin: 0; text-align: justify; orphans: 2; widows: 2; }
p + p, p + ul + p, p + ol + p { text-indent: 1.2em; }
a { color: inherit; text-decoration: none; }
em, i { font-style: italic; }
strong, b { font-weight: 600; }
h1, h2, h3, h4 { font-weight: 600; line-height: 1.2; text-align: left; break-after: avoid; hyphens: manual; }
h2 { font-size: 1.1em; margin: 1.5em 0 0.6em; }
h3 { font-size: 1em; font-style: italic; font-weight: 400; margin: 1.2em 0 0.4em; }
h2 + p, h3 + p { text-indent: 0; }
blockquote { margin: 0.8em 1.4em; font-size: 0.92em; }
blockquote p + p { text-indent: 1.2em; }
ul, ol { margin: 0.6em 0; padding-left: 1.4em; }
li { margin: 0.2em 0; text-align: left; }
li p { text-align: left; }
.note-call { font-size: 0.68em; line-height: 0; vertical-align: 0.55em; font-variant-numeric: lining-nums; }
.note-call a { padding-left: 0.05em; }
.note-label { font-weight: 600; }
.url, .colophon a { overflow-wrap: anywhere; word-break: break-all; hyphens: none; }

.title-page { text-align: center; }
.title-page p, .chapter-head p, .imprint p, .toc p { text-indent: 0; }
.chapter-body a { overflow-wrap: anywhere; }
.book-title { font-size: 2.1em; margin: 0 0 0.4em; text-align: center; }
.book-subtitle { font-size: 1.2em; font-style: italic; text-align: center; margin: 0 0 2em; }
.book-editor { text-align: center; }
.book-publisher { text-align: center; font-size: 0.9em; letter-spacing: 0.05em; }
.imprint p { text-align: left; font-size: 0.82em; text-indent: 0; margin: 0 0 0.6em; }
.toc h1, .back h1, .editors-note h1 { font-size: 1.45em; margin: 0 0 1.4em; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0 0 0.7em; }
.toc .toc-title { font-weight: 600; }
.toc .toc-author { display: block; font-style: italic; }
.toc .toc-page { float: right; margin-left: 1em; font-variant-numeric: oldstyle-nums; }
.chapter-head { margin: 0 0 2.2em; }
.chapter-title { font-size: 1.6em; margin: 0 0 0.5em; }
.chapter-subtitle { font-size: 1.1em; font-style: italic; text-align: left; margin: -0.2em 0 0.6em; }
.chapter-author { font-size: 1.05em; text-align: left; margin: 0 0 0.2em; }
.chapter-pub { font-size: 0.85em; font-style: italic; text-align: left; }
.standfirst { font-style: italic; margin: 0 0 1.6em; }
.uncalled-notes { margin-top: 2em; font-size: 0.85em; }
.uncalled-note { margin: 0 0 0.5em; text-indent: 0; text-align: left; }
.uncalled-note .note-p { display: block; }
.uncalled-note .note-p + .note-p { text-indent: 1em; }
.bibliography { list-style: none; padding: 0; }
.bibliography li { padding-left: 1.5em; text-indent: -1.5em; margin: 0 0 0.45em; text-align: left; }
.contributors dt { font-weight: 600; margin-top: 0.8em; break-after: avoid; }
.contributors dd { margin: 0.1em 0 0; }
.contributors .contributor-articles { font-style: italic; }
.colophon p { text-align: left; text-indent: 0; margin: 0 0 0.5em; font-size: 0.88em; }
.colophon h2 { font-size: 1em; margin: 1.2em 0 0.4em; }
.colophon-source { margin: 0 0 0.9em; break-inside: avoid; }
.colophon-source p { margin: 0; }

@page {
  size: ${format.css};
  margin: ${mm(top)} ${mm(outside)} ${mm(bottom)} ${mm(inside)};
  @footnote { border-top: 0.4pt solid #555; margin-top: 4mm; padding-top: 1.8mm; }
}
@page :right {
  margin-left: ${mm(inside)};
  margin-right: ${mm(outside)};
  @top-center { content: string(running, first-except); ${head} }
  @bottom-right { content: counter(page); ${folio} }
}
@page :left {
  margin-left: ${mm(outside)};
  margin-right: ${mm(inside)};
  @top-center { content: ${cssString(runningTitle)}; ${head} }
  @bottom-left { content: counter(page); ${folio} }
}
@page :blank { ${noBoxes} }
@page front { ${noBoxes} }
@page cover { ${noBoxes} }

@media print {
  .title-page { page: front; padding-top: 30%; }
  .imprint { page: front; break-before: page; padding-top: 60%; }
  .toc { page: front; break-before: right; }
  .toc .toc-page::after { content: target-counter(attr(href url), page); }
  .editors-note { break-before: right; }
  .chapter, .back { break-before: right; }
  .chapter-head { padding-top: 18%; }
  .chapter-title, .back h1, .editors-note h1 { string-set: running attr(data-running); }
  .zine-cover { page: cover; padding-top: 30%; }
  .zine-inside { page: cover; break-before: page; padding-top: 80%; }
  .zine-back { page: cover; break-before: left; }
  .footnote {
    float: footnote;
    footnote-display: block;
    /* A note that does not fit takes its whole calling line to the next page,
       never the call alone: call and note stay together. */
    footnote-policy: line;
    font-size: 7.8pt;
    line-height: 1.3;
    font-style: normal;
    font-weight: 400;
    text-indent: 0;
    text-align: left;
    letter-spacing: 0;
  }
  /* The label is ours (the source's own, \`1*\` too), so the engine prints neither
     call nor marker; \`*\` because WeasyPrint 57 ignores a class before ::footnote-call. */
  *::footnote-call { content: none; }
  *::footnote-marker { content: none; }
  /* No text-indent here: Paged.js rewrites \`a + b\` rules into weaker attribute rules. */
  .footnote .note-p, .footnote .note-blockquote, .footnote .note-li { display: block; }
  .footnote .note-p + .note-p { text-indent: 1em; }
  .footnote .note-blockquote { margin-left: 1em; }
  .note-repeat .page-ref::after { content: ", p. " target-counter(attr(href url), page); }
  h2, h3 { break-after: avoid; break-inside: avoid; }
  /* Long quotations may break across pages like any text (widows and orphans
     still hold): keeping them whole leaves half-empty pages. */
  li { break-inside: avoid-page; }
}

@media screen {
  html { background: #fbfaf7; font-size: 12.5pt; }
  body { max-width: 34em; margin: 0 auto; padding: 2em 1.2em 6em; }
  .title-page { margin: 3em 0 4em; }
  .imprint, .toc, .editors-note, .chapter, .back { margin-top: 4em; }
  .chapter { border-top: 1px solid #ddd; padding-top: 2em; }
  .note-call a { color: #7a1f1f; }
  .footnote {
    display: block;
    margin: 0.4em 0 0.6em 1.2em;
    padding-left: 0.7em;
    border-left: 2px solid #d8d2c4;
    font-size: 0.84em;
    line-height: 1.35;
    font-style: normal;
    text-indent: 0;
    text-align: left;
  }
  .footnote .note-p, .footnote .note-blockquote, .footnote .note-li { display: block; }
  .footnote .note-p + .note-p { text-indent: 1em; }
  /* Hidden without display: none, which Paged.js would read as hiding it in print too. */
  .note-repeat { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  @media (min-width: 62em) {
    .footnote { float: right; clear: right; width: 13em; margin: 0.2em -16em 0.6em 0; padding: 0; border: 0; }
  }
}
`
}
