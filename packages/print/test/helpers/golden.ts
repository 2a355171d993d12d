import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect } from 'vitest'

const ci = process.env.CI === 'true' || process.env.CI === '1'

/**
 * Compares `actual` with the golden file. `UPDATE=1` rewrites it, except
 * under CI, where a golden file is never written, only compared.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE === '1' && !ci) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path))
    throw new Error(`Missing golden file ${path}: run with UPDATE=1 to create it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
