import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect } from 'vitest'

const ci = process.env.CI === 'true' || process.env.CI === '1'

/**
 * Compares output with a golden file. `UPDATE=1` rewrites the file (never
 * under CI, where a missing or different golden file is a failure).
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE && !ci) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}: run the tests with UPDATE=1 to create it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
