import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A PDF on disk for poppler's tools, removed by `dispose`. */
export function pdfFile(bytes: Uint8Array): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'samizdat-print-test-'))
  const path = join(dir, 'file.pdf')
  writeFileSync(path, bytes)
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface PdfInfo {
  title: string
  author: string
  created: string
  pages: number
  /** Page size in points. */
  width: number
  height: number
}

export function pdfInfo(path: string): PdfInfo {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out)
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(out)?.[1] ?? ''
  return {
    title: field('Title'),
    author: field('Author'),
    created: field('CreationDate'),
    pages,
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  }
}

/**
 * The text of each page, words rejoined where a line ended in a hyphen (soft
 * or hard) and spaces squeezed, so a phrase can be searched whatever the breaks.
 */
export function pageTexts(path: string): string[] {
  const out = execFileSync('pdftotext', ['-layout', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return out
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\u00AD/g, ''))
}

/** One page's text as lines, blank lines dropped and each line trimmed. */
export function lines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** A page's running text: lines joined, hyphenated line ends rejoined, spaces squeezed. */
export function flat(page: string): string {
  return lines(page)
    .join('\n')
    .replace(/[-‐]\n(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ')
}

/** Text inside a rectangle of one page (points), for the halves of a booklet side. */
export function textIn(
  path: string,
  page: number,
  x: number,
  y: number,
  w: number,
  h: number,
): string {
  const box = [x, y, w, h].map((n) => String(Math.round(n)))
  const args = [
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    box[0]!,
    '-y',
    box[1]!,
    '-W',
    box[2]!,
    '-H',
    box[3]!,
  ]
  // pdftotext crops in pixels at its resolution: 72 dpi makes them points.
  return execFileSync('pdftotext', ['-r', '72', ...args, path, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim()
}
