/**
 * The report's only stylesheet, inlined so the file opens anywhere with no
 * request. Colours are variables so the dark scheme and print can swap them.
 */
export const css = `
:root {
  --fg: #1d1d1f; --dim: #6b6b73; --bg: #fff; --panel: #f6f6f8; --line: #dcdce2;
  --del: #b3261e; --del-bg: #fde7e7; --ins: #14653a; --ins-bg: #def5e6;
  --meta: #1f4f8f; --meta-bg: #e3edfb; --warn: #8a5a00; --warn-bg: #fff3d6;
  --bad: #b3261e; --bad-bg: #fde2e0; --link: #1f4f8f;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e8e8ea; --dim: #9a9aa3; --bg: #17171a; --panel: #222227; --line: #3a3a42;
    --del: #ff9a92; --del-bg: #4a2323; --ins: #8fe0aa; --ins-bg: #1f3d2a;
    --meta: #9cc2ff; --meta-bg: #1e2e47; --warn: #ffd27a; --warn-bg: #40331a;
    --bad: #ff9a92; --bad-bg: #4a2323; --link: #9cc2ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1500px; margin: 0 auto; padding: 24px 28px 64px; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0; display: inline; }
h3 { font-size: 15px; margin: 22px 0 8px; text-transform: uppercase; letter-spacing: .04em; color: var(--dim); }
summary > h3 { display: inline; margin: 0; }
header { border-bottom: 2px solid var(--fg); padding-bottom: 12px; margin-bottom: 20px; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .12em; font-size: 12px; color: var(--dim); }
.byline { margin: 2px 0 6px; font-size: 16px; }
.dim, .zero { color: var(--dim); }
.path, small { color: var(--dim); font-size: 12px; font-weight: normal; }
th small, td small { display: block; }
code, .place { font: 12px ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
code.rule { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; white-space: nowrap; }

table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
thead th { font-size: 12px; color: var(--dim); font-weight: 600; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.summary { font-size: 13px; }
table.summary thead th { position: sticky; top: 0; background: var(--bg); text-align: right; }
table.summary thead th:first-child { text-align: left; }
table.summary tbody th { font-weight: 600; }
table.summary tfoot th, table.summary tfoot td { border-top: 2px solid var(--line); font-weight: 600; }
td.bad { color: var(--bad); background: var(--bad-bg); font-weight: 700; }
td.warn { color: var(--warn); background: var(--warn-bg); font-weight: 700; }
p.bad { color: var(--bad); } p.warn { color: var(--warn); }
table.meta th { width: 9em; font-weight: 600; }
table.meta td.from { width: 14em; color: var(--dim); }
table.removals td:last-child { color: var(--dim); }
table.citations td:first-child { width: 4em; }

details > summary { cursor: pointer; }
details.rules, details.findings, details.corrections { margin: 6px 0; }
details.rules > summary, details.findings > summary, details.corrections > summary { font-weight: 600; }
.legend { font-size: 12.5px; color: var(--dim); margin: 8px 0 24px; }

section.article { margin: 28px 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
section.article > details > summary { list-style-position: outside; padding: 2px 0 6px; }
.chip { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; background: var(--panel); color: var(--fg); border: 1px solid var(--line); }
.chip.bad { background: var(--bad-bg); color: var(--bad); border-color: var(--bad); }
.chip.warn { background: var(--warn-bg); color: var(--warn); border-color: var(--warn); }
.chip.removed { color: var(--del); }

table.sbs { table-layout: fixed; margin-top: 8px; }
table.sbs col.c-raw, table.sbs col.c-res { width: 50%; }
table.sbs td { padding: 6px 10px; }
table.sbs td.raw { border-right: 1px solid var(--line); }
.line { display: grid; grid-template-columns: 3.2em 1fr; column-gap: 6px; }
.line .n { color: var(--dim); text-align: right; font: 11px/1.9 ui-monospace, monospace; user-select: none; }
.line .t { font: 12.5px/1.5 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.line.blank { min-height: .6em; }
.line:target { background: var(--warn-bg); }
td.res { font: 15px/1.5 Georgia, "DejaVu Serif", serif; }
td.res p, td.res blockquote, td.res ul, td.res ol { margin: 0 0 6px; }
td.res blockquote { border-left: 3px solid var(--line); padding-left: 10px; color: var(--fg); }
td.res h1, td.res h2, td.res h3, td.res h4 { font-size: 16px; margin: 0; text-transform: none; letter-spacing: 0; color: var(--fg); display: block; }
td.res .fn { font-size: 13.5px; }
td.res .fn > p { display: inline; }
.fn-label { font: 600 11px system-ui, sans-serif; color: var(--dim); margin-right: 6px; text-transform: uppercase; }
sup.call { font: 600 10px system-ui, sans-serif; }
sup.call.missing { color: var(--bad); background: var(--bad-bg); }
tr.removed td { background: var(--del-bg); }
tr.removed td.raw del { color: var(--del); text-decoration-thickness: 1px; }
tr.meta td { background: var(--meta-bg); }
tr.unrecorded td { background: var(--bad-bg); }
.why { font: 13px/1.4 system-ui, sans-serif; margin: 2px 0; }
.tag { display: inline-block; font: 600 11px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; padding: 0 5px; border-radius: 3px; }
.tag.removed { background: var(--del); color: var(--bg); }
.tag.meta { background: var(--meta); color: var(--bg); }
.tag.lost { background: var(--bad); color: var(--bg); }
.why .lines { font-size: 12px; }

.chg del { color: var(--del); background: var(--del-bg); }
.chg ins { color: var(--ins); background: var(--ins-bg); text-decoration: none; border-bottom: 1px solid var(--ins); }
.chg.typography del, .chg.structure del { background: none; }
.chg.typography ins, .chg.structure ins { background: none; border-bottom-style: dotted; }
.chg del.ws, .chg ins.ws { font-family: ui-monospace, monospace; }
.unplaced { margin: 0 0 2px 3.6em; font-size: 12px; }
table del { color: var(--del); }
table ins { color: var(--ins); text-decoration: none; }

ul.messages { list-style: none; padding: 0; margin: 4px 0; }
li.msg { padding: 3px 0; border-bottom: 1px solid var(--line); }
.sev { display: inline-block; min-width: 5.5em; font: 600 11px system-ui, sans-serif; text-transform: uppercase; }
.reason code { background: var(--panel); padding: 0 3px; border-radius: 3px; }
li.error .sev { color: var(--bad); } li.warning .sev { color: var(--warn); } li.info .sev { color: var(--dim); }

@media print {
  :root { --bg: #fff; --fg: #000; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details::details-content { content-visibility: visible; display: contents; }
  section.article { border: 0; padding: 0; break-before: page; }
  tr, .line, li.msg { break-inside: avoid; }
  table.summary thead th { position: static; }
  a { color: inherit; }
}
`
