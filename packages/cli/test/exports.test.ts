import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { expectGolden } from '../../../test-support/golden.ts'

const packages = ['core', 'read', 'clean', 'notes', 'proof', 'book', 'epub', 'print', 'markdown', 'report', 'cli'] as const

/**
 * The public face of every package, pinned: a rename or a removal shows up
 * here as a change to review (regenerate with UPDATE=1 when it is meant).
 */
it('pins every package’s runtime exports', async () => {
  const faces: Record<string, string[]> = {}
  for (const name of packages) faces[`@samizdat/${name}`] = Object.keys(await import(`@samizdat/${name}`)).sort()
  faces.samizdat = Object.keys(await import('samizdat')).sort()
  for (const [name, keys] of Object.entries(faces)) expect(keys.length, name).toBeGreaterThan(0)
  expectGolden(fileURLToPath(new URL('fixtures/exports.json', import.meta.url)), `${JSON.stringify(faces, null, 2)}\n`)
})
