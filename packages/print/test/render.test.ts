import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { describeWithTools } from '../../../test-support/system-tools.ts'
import { openRenderer, renderPdf } from '../src/index.ts'

describe('renderPdf options', () => {
  const html = '<!doctype html><p>x</p>'

  it('names the missing engine and what to install, in one line', async () => {
    await expect(renderPdf(html, { chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
      /^Chromium not found at \/nonexistent\/chromium: apt-get install -y chromium, or use --engine weasyprint$/,
    )
    await expect(
      renderPdf(html, { engine: 'weasyprint', weasyprintPath: 'no-such-weasyprint' }),
    ).rejects.toThrow(/^WeasyPrint not found \(no-such-weasyprint\): apt-get install -y weasyprint/)
  })

  it('refuses unknown engines and options at once', async () => {
    await expect(renderPdf(html, { engine: 'prince' as 'chromium' })).rejects.toThrow(
      /Unexpected engine `prince`/,
    )
    await expect(renderPdf(html, { timeout: 5 } as never)).rejects.toThrow(
      /Unexpected render option `timeout`/,
    )
  })
})

describeWithTools(['chromium'], 'renderPdf with Chromium', () => {
  it('fetches nothing: every request the page makes is aborted', async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const base = `http://127.0.0.1:${port}`
    const html = `<!doctype html><html><head>
      <style>body { background: url("${base}/c.png") }</style></head>
      <body><p>text</p><img src="${base}/d.png"><script src="${base}/e.js"></script></body></html>`
    const renderer = await openRenderer()
    try {
      const pdf = await renderer.render(html)
      expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-')
      expect(requests).toBe(0)
      // Stylesheets Paged.js fetches itself are refused too, and it then stops with a clear error.
      for (const head of [
        `<link rel="stylesheet" href="${base}/a.css">`,
        `<style>@import url("${base}/b.css");</style>`,
      ]) {
        const linked = `<!doctype html><html><head>${head}</head><body>x</body></html>`
        await expect(renderer.render(linked)).rejects.toThrow(
          /^Paged.js could not lay the document out/,
        )
      }
      expect(requests).toBe(0)
    } finally {
      await renderer.close()
      server.close()
    }
  })
})
