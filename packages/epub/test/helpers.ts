import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Element, Nodes, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'

export interface Unzipped {
  zip: JSZip
  /** Entry names in zip order, folders left out. */
  names: string[]
  text: Map<string, string>
  /** Every XML entry parsed (a parse error fails the test: each must be well-formed). */
  xml: Map<string, Root>
}

export async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
  const text = new Map<string, string>()
  const xml = new Map<string, Root>()
  for (const name of names) {
    const value = await zip.file(name)!.async('string')
    text.set(name, value)
    if (/\.(xhtml|opf|ncx|xml|svg)$/.test(name)) xml.set(name, fromXml(value))
  }
  return { zip, names, text, xml }
}

/** Every element named `name` (any name when omitted), in document order. */
export function elements(tree: Nodes, name?: string): Element[] {
  const out: Element[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'element' && (name === undefined || node.name === name)) out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

export const attr = (el: Element, name: string): string | undefined => {
  const value = el.attributes[name]
  return value === null || value === undefined ? undefined : String(value)
}

export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : ''
}

/** Elements whose `epub:type` holds `type`. */
export const typed = (tree: Nodes, type: string): Element[] =>
  elements(tree).filter((el) => (attr(el, 'epub:type') ?? '').split(/\s+/).includes(type))

export interface EpubCheckResult {
  fatal: number
  error: number
  warning: number
  messages: string[]
}

/** Runs EPUBCheck on the bytes; the test that calls it must be guarded by `describeWithTools`. */
export function epubcheck(bytes: Uint8Array): EpubCheckResult {
  const dir = mkdtempSync(join(tmpdir(), 'samizdat-epubcheck-'))
  const path = join(dir, 'book.epub')
  const report = join(dir, 'report.json')
  writeFileSync(path, bytes)
  const run = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', path, '--json', report], {
    encoding: 'utf8',
  })
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    messages: {
      severity: string
      ID: string
      message: string
      locations: { path: string; line: number }[]
    }[]
  }
  const count = (severity: string) => json.messages.filter((m) => m.severity === severity).length
  return {
    fatal: count('FATAL'),
    error: count('ERROR'),
    warning: count('WARNING'),
    messages: [
      ...json.messages
        .filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO')
        .map(
          (m) =>
            `${m.severity} ${m.ID} ${m.locations[0]?.path ?? ''}:${m.locations[0]?.line ?? ''} ${m.message}`,
        ),
      ...(run.status === 0 ? [] : [`exit ${run.status}: ${run.stderr.slice(-400)}`]),
    ],
  }
}
