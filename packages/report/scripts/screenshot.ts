/**
 * Renders a report HTML file to PNG in a real browser, to look at it:
 *   npx tsx packages/report/scripts/screenshot.ts output/report.html /tmp/report.png [width] [height|full] [light|dark] [top]
 * With a height, the picture is that tall, starting `top` pixels down the page
 * (or at the element a CSS selector names, e.g. `#a-soviet-power-notes`).
 * Uses the system Chromium (never a downloaded one) with the flags that work here.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromiumFlags, defaultChromium } from '@samizdat/print'
import { chromium } from 'playwright-core'

const [input, output, width = '1400', height = 'full', scheme = 'light', top = '0'] =
  process.argv.slice(2)
if (!input || !output) {
  console.error('usage: screenshot.ts REPORT.html OUT.png [width] [height|full] [light|dark]')
  process.exit(2)
}
// Playwright gives each launch a fresh, temporary profile of its own.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? defaultChromium,
  args: [...chromiumFlags],
})
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: height === 'full' ? 900 : Number(height) },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  })
  // Any request beyond the file itself would break "self-contained": count them.
  const requests: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url())
  })
  await page.goto(pathToFileURL(resolve(input)).href, { waitUntil: 'load' })
  if (height === 'full') await page.screenshot({ path: output, fullPage: true })
  else {
    const y = /^\d+$/.test(top)
      ? Number(top)
      : Number(
          await page.evaluate(
            `document.querySelector(${JSON.stringify(top)})?.getBoundingClientRect().top + scrollY - 8`,
          ),
        )
    await page.screenshot({
      path: output,
      fullPage: true,
      clip: { x: 0, y, width: Number(width), height: Number(height) },
    })
  }
  const tall = await page.evaluate('document.documentElement.scrollHeight')
  console.log(
    `${output} (page ${String(tall)} px tall)${requests.length ? `; external requests: ${requests.join(' ')}` : '; no external requests'}`,
  )
} finally {
  await browser.close()
}
