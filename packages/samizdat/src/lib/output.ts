import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SamizdatError, describeFsError } from './errors.ts'

/**
 * Writes every output atomically: each goes to a temporary file beside its
 * target first, and only when all are written are they renamed into place,
 * so a failed build leaves the previous outputs as they were.
 */
export async function writeOutputs(outputs: Map<string, Uint8Array>, outDir: string): Promise<string[]> {
  const staged: [string, string][] = []
  const discard = () => Promise.all(staged.map(([temp]) => rm(temp, { force: true })))
  try {
    for (const [name, bytes] of outputs) {
      const target = join(outDir, name)
      await mkdir(dirname(target), { recursive: true })
      // A folder where the file must go would fail the rename half-way: refuse it now.
      if ((await stat(target).catch(() => undefined))?.isDirectory()) {
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR', path: target })
      }
      const temp = `${target}.${process.pid}.tmp`
      staged.push([temp, target])
      await writeFile(temp, bytes)
    }
  } catch (error) {
    await discard()
    const path = (error as { path?: string }).path ?? staged.at(-1)?.[1] ?? outDir
    throw new SamizdatError(describeFsError(path, error))
  }
  try {
    for (const [temp, target] of staged) await rename(temp, target)
  } catch (error) {
    await discard()
    throw new SamizdatError(describeFsError(outDir, error))
  }
  return staged.map(([, target]) => target)
}
