import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SamizdatError, describeFsError } from './errors.ts'

/**
 * Writes every output atomically: each goes to a temporary file beside its
 * target first, and only when all are written are they renamed into place,
 * so a failed build leaves the previous outputs as they were.
 */
export async function writeOutputs(outputs: Map<string, Uint8Array>, outDir: string): Promise<string[]> {
  const staged: [string, string][] = []
  try {
    for (const [name, bytes] of outputs) {
      const target = join(outDir, name)
      await mkdir(dirname(target), { recursive: true })
      const temp = `${target}.${process.pid}.tmp`
      staged.push([temp, target])
      await writeFile(temp, bytes)
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })))
    const path = staged.at(-1)?.[1] ?? outDir
    throw new SamizdatError(describeFsError(path, error))
  }
  for (const [temp, target] of staged) await rename(temp, target)
  return staged.map(([, target]) => target)
}
