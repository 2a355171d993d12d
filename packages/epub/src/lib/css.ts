/**
 * The book's one stylesheet. It sets no font family, no colour and no
 * absolute size, so the reader's choice of typeface, size, theme and margins
 * always wins; it only gives structure its shape: book paragraphs, block
 * quotations, quiet note calls, notes in a smaller size, and the article's
 * source line in small capitals.
 */
export const stylesheet = `@charset "utf-8";
@namespace epub "http://www.idpf.org/2007/ops";

p {
  margin: 0;
  text-indent: 1.2em;
  orphans: 2;
  widows: 2;
}

h1 + p, h2 + p, h3 + p, h4 + p, header + p, blockquote + p, ul + p, ol + p,
.notes-title + *, blockquote p:first-child, li p, aside p, .titlepage p, .colophon p {
  text-indent: 0;
}

h1, h2, h3, h4, h5, h6 {
  font-weight: bold;
  line-height: 1.2;
  page-break-after: avoid;
  break-after: avoid;
  hyphens: none;
}

h1 {
  font-size: 1.5em;
  margin: 2em 0 0.5em;
  text-align: center;
}

h2 {
  font-size: 1.2em;
  margin: 1.5em 0 0.5em;
}

h3, h4, h5, h6 {
  font-size: 1em;
  margin: 1.2em 0 0.4em;
}

section.article > header {
  margin-bottom: 2em;
  text-align: center;
}

section.article > header p {
  text-indent: 0;
}

.subtitle {
  font-style: italic;
  font-size: 1.1em;
  margin: 0 0 0.8em;
}

.byline {
  margin: 0.5em 0 0.3em;
}

/* The meta line under a title: publication, issue and date, as books set it. */
.source {
  font-variant: small-caps;
  letter-spacing: 0.03em;
}

.standfirst {
  font-style: italic;
  margin: 0 0 1.5em;
  text-indent: 0;
}

blockquote {
  margin: 1em 1.5em;
}

blockquote p + p {
  text-indent: 1.2em;
}

ul, ol {
  margin: 0.8em 0 0.8em 1.5em;
  padding: 0;
}

/* Note calls: small and raised, without the line spacing a raised figure would force. */
sup.noteref {
  font-size: 0.75em;
  line-height: 0;
  vertical-align: super;
}

sup.noteref a {
  text-decoration: none;
}

section.notes {
  margin-top: 2.5em;
}

.notes-title {
  font-size: 1em;
}

aside.footnote, div.footnote {
  font-size: 0.9em;
  margin: 0 0 0.6em;
}

aside.footnote p + p, div.footnote p + p {
  text-indent: 1.2em;
}

.note-label {
  font-weight: bold;
  text-decoration: none;
}

.note-back {
  text-decoration: none;
}

/* Cover: the image fills the page without being cut or stretched. */
section.cover {
  margin: 0;
  padding: 0;
  text-align: center;
}

section.cover img {
  display: block;
  margin: 0 auto;
  max-width: 100%;
  height: 95vh;
  object-fit: contain;
}

.titlepage {
  margin-top: 20%;
  text-align: center;
}

.book-title {
  font-size: 2em;
  margin: 0 0 0.5em;
}

.titlepage .editor {
  margin-top: 3em;
  font-variant: small-caps;
  letter-spacing: 0.03em;
}

.titlepage .publisher {
  margin-top: 4em;
}

.contents ol {
  list-style: none;
  margin: 1.5em 0 0;
  padding: 0;
}

.contents li {
  margin: 0 0 0.9em;
}

.contents a {
  text-decoration: none;
}

.contents-author {
  display: block;
  font-style: italic;
}

nav#toc ol {
  list-style: none;
  margin-left: 0;
  padding: 0;
}

nav#toc ol ol {
  margin-left: 1.5em;
}

nav#toc li {
  margin: 0.4em 0;
}

nav#toc a {
  text-decoration: none;
}

nav[epub|type~="landmarks"] {
  display: none;
}

.works-cited, .sources {
  list-style: none;
  margin-left: 0;
}

.works-cited li, .sources li {
  margin: 0 0 0.6em 1.5em;
  text-indent: -1.5em;
}

.cited-in, .style-note, .identifier {
  font-size: 0.9em;
}

.contributor {
  text-indent: 0;
  margin: 0 0 0.8em;
}

.colophon p {
  margin: 0 0 0.6em;
}

.colophon h2 {
  font-size: 1em;
  font-variant: small-caps;
}
`
