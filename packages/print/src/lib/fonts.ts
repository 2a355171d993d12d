import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The book face: Source Serif 4 (SIL OFL), from npm, so every machine sets the same type. */
export const bookFace = 'Source Serif 4'

/** Latin and Latin Extended cover the European languages the texts quote. */
const subsets = ['latin', 'latin-ext']
const styles = [
  { weight: 400, style: 'normal', file: '400.css' },
  { weight: 400, style: 'italic', file: '400-italic.css' },
  { weight: 600, style: 'normal', file: '600.css' },
  { weight: 600, style: 'italic', file: '600-italic.css' },
]

let cached: string | undefined

/**
 * `@font-face` rules with the fonts inlined as `data:` URLs, so the HTML is
 * one self-contained file that makes no request. The unicode ranges are
 * taken from the package's own CSS so they stay right across its versions.
 */
export function fontFaces(): string {
  if (cached !== undefined) return cached
  const root = dirname(require.resolve('@fontsource/source-serif-4/package.json'))
  const rules: string[] = []
  for (const { weight, style, file } of styles) {
    const css = readFileSync(join(root, file), 'utf8')
    for (const subset of subsets) {
      const name = `source-serif-4-${subset}-${weight}-${style}`
      const block = new RegExp(`/\\* ${name} \\*/\\s*@font-face\\s*\\{([^}]*)\\}`).exec(css)?.[1]
      const range = block ? /unicode-range:\s*([^;]+);/.exec(block)?.[1] : undefined
      if (!range) throw new Error(`Unexpected font package layout: no ${name} in ${file}`)
      const data = readFileSync(join(root, 'files', `${name}.woff`)).toString('base64')
      rules.push(
        `@font-face { font-family: '${bookFace}'; font-style: ${style}; font-weight: ${weight}; ` +
          `src: url(data:font/woff;base64,${data}) format('woff'); unicode-range: ${range}; }`,
      )
    }
  }
  cached = rules.join('\n')
  return cached
}
