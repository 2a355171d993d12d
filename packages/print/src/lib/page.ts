import { type PageSize, pageSizes } from '@samizdat/core'

/** A page format with its margins, in millimetres. */
export interface PageFormat {
  name: PageSize
  /** The CSS `size` value. */
  css: string
  width: number
  height: number
  /** Margin at the spine: bigger, so text survives the fold and the staple. */
  inside: number
  outside: number
  top: number
  bottom: number
  /** Body type size in points. */
  fontSize: number
  /** The sheet a saddle-stitched booklet of this page is printed on. */
  sheet: string
}

const inch = 25.4

/**
 * The presets. Margins follow the usual small-press proportions (inside >
 * outside, bottom > top); big pages get bigger type, not a wider measure only.
 */
export const pageFormats: Record<PageSize, PageFormat> = {
  a5: {
    name: 'a5',
    css: 'A5',
    width: 148,
    height: 210,
    inside: 19,
    outside: 14,
    top: 17,
    bottom: 20,
    fontSize: 10,
    sheet: 'A4 landscape',
  },
  'half-letter': {
    name: 'half-letter',
    css: '5.5in 8.5in',
    width: 5.5 * inch,
    height: 8.5 * inch,
    inside: 19,
    outside: 14,
    top: 17,
    bottom: 20,
    fontSize: 10,
    sheet: 'US letter landscape',
  },
  a4: {
    name: 'a4',
    css: 'A4',
    width: 210,
    height: 297,
    inside: 28,
    outside: 22,
    top: 24,
    bottom: 28,
    fontSize: 11.5,
    sheet: 'A3 landscape',
  },
  letter: {
    name: 'letter',
    css: 'letter',
    width: 8.5 * inch,
    height: 11 * inch,
    inside: 28,
    outside: 22,
    top: 24,
    bottom: 28,
    fontSize: 11.5,
    sheet: 'US tabloid landscape',
  },
}

/** Checks a page size given from outside (manifest, `--page-size`): throws at once when unknown. */
export function pageFormat(size: string | undefined): PageFormat {
  const name = size ?? 'a5'
  if (!(pageSizes as readonly string[]).includes(name)) {
    throw new Error(`Unexpected page size \`${name}\`, expected one of ${pageSizes.join(', ')}`)
  }
  return pageFormats[name as PageSize]
}
