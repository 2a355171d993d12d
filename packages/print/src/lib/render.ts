import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  breakAtLineStarts,
  type DocumentFacts,
  documentFacts,
  keepUsedSoftHyphens,
  runPagedJs,
} from './browser.ts'
import { stampMetadata } from './metadata.ts'

export type Engine = 'chromium' | 'weasyprint'

export interface RenderOptions {
  /** `chromium` (with Paged.js, the default) or `weasyprint`. */
  engine?: Engine
  /** Chromium's executable; never downloaded. Default `/usr/bin/chromium`. */
  chromiumPath?: string
  /** WeasyPrint's executable. Default `weasyprint` on the PATH. */
  weasyprintPath?: string
}

export const defaultChromium = '/usr/bin/chromium'

/**
 * Flags that make a headless Chromium quiet, offline and sandbox-free in a
 * container. `--no-pdf-header-footer` is left out: it is for `--print-to-pdf`
 * only (page.pdf prints no header by default), and with a persistent profile
 * it stops Chromium from answering Playwright at all.
 */
export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const require = createRequire(import.meta.url)

/** The polyfill build of Paged.js; its package exports no subpath for it, so find it from the main entry. */
export function pagedPolyfillPath(): string {
  return join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js')
}

function check(options: RenderOptions): Engine {
  const known = new Set(['engine', 'chromiumPath', 'weasyprintPath'])
  for (const key of Object.keys(options)) {
    if (!known.has(key))
      throw new Error(
        `Unexpected render option \`${key}\`, expected one of ${[...known].join(', ')}`,
      )
  }
  const engine = options.engine ?? 'chromium'
  if (engine !== 'chromium' && engine !== 'weasyprint') {
    throw new Error(`Unexpected engine \`${String(engine)}\`, expected chromium or weasyprint`)
  }
  return engine
}

/** An open engine: render many documents, then close it once. */
export interface PdfRenderer {
  engine: Engine
  render(html: string): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * Opens an engine for several renders (one Chromium for the anthology and
 * every zine, rather than a launch per file). Throws a one-line error when
 * the engine is missing.
 */
export async function openRenderer(options: RenderOptions = {}): Promise<PdfRenderer> {
  const engine = check(options)
  if (engine === 'weasyprint') {
    const command = options.weasyprintPath ?? 'weasyprint'
    return { engine, render: (html) => renderWithWeasyPrint(html, command), close: async () => {} }
  }
  return openChromium(options.chromiumPath ?? defaultChromium)
}

/**
 * Print HTML → PDF bytes with a real engine. Chromium runs the Paged.js
 * polyfill (footnotes, running heads, `target-counter`), injected here and
 * never written into the HTML; WeasyPrint reads the same CSS natively.
 * Nothing is fetched: every request the page makes is aborted.
 */
export async function renderPdf(html: string, options: RenderOptions = {}): Promise<Uint8Array> {
  const renderer = await openRenderer(options)
  try {
    return await renderer.render(html)
  } finally {
    await renderer.close()
  }
}

async function openChromium(executablePath: string): Promise<PdfRenderer> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium, or use --engine weasyprint`,
    )
  }
  const { chromium } = await import('playwright-core')
  const polyfill = await readFile(pagedPolyfillPath(), 'utf8')
  const profile = await mkdtemp(join(tmpdir(), 'samizdat-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumFlags],
    chromiumSandbox: false,
    offline: true,
  })
  await context.route('**/*', (route) => route.abort())
  const render = async (html: string): Promise<Uint8Array> => {
    const page = await context.newPage()
    try {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      // Lay out for print from the start, so what Paged.js measures is what prints.
      await page.emulateMedia({ media: 'print' })
      await page.setContent(html, { waitUntil: 'load' })
      // Paged.js marks a word split across pages with U+2011, which the book face lacks.
      await page.evaluate(`window.PagedConfig = { auto: false, settings: { hyphenGlyph: '-' } }`)
      await page.addScriptTag({ content: polyfill })
      await page.evaluate(breakAtLineStarts)
      const pages = (await page.evaluate(runPagedJs).catch((error: Error) => {
        // Paged.js rejects with a bare event when a stylesheet it fetches is refused.
        throw new Error(
          `Paged.js could not lay the document out (${error.message.replace(/^page\.evaluate: /, '')}); external stylesheets are not fetched`,
        )
      })) as number
      if (!pages)
        throw new Error(
          `Paged.js laid out no pages${errors.length ? `: ${errors.join('; ')}` : ''}`,
        )
      await page.evaluate(keepUsedSoftHyphens)
      const facts = (await page.evaluate(documentFacts)) as DocumentFacts
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      })
      return stampMetadata(new Uint8Array(pdf), facts)
    } finally {
      await page.close()
    }
  }
  const close = async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
  return { engine: 'chromium', render, close }
}

async function renderWithWeasyPrint(html: string, command: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'samizdat-weasyprint-'))
  const out = join(dir, 'out.pdf')
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(command, ['--quiet', '-', out], { stdio: ['pipe', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new Error(
                `WeasyPrint not found (${command}): apt-get install -y weasyprint, or use --engine chromium`,
              )
            : error,
        )
      })
      child.on('close', (code) => {
        if (code === 0) resolve()
        else
          reject(
            new Error(
              `WeasyPrint failed (exit ${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`,
            ),
          )
      })
      child.stdin.end(html)
    })
    return new Uint8Array(await readFile(out))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
