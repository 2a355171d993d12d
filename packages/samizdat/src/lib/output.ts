import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SamizdatError, describeFsError } from './errors.ts'

/** An output written as it is made: its chunks come one at a time (a book of thousands of articles). */
export interface OutputStream {
  chunks(): AsyncIterable<Uint8Array>
}

export type Output = Uint8Array | OutputStream

/** All of an output's bytes, in memory. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const all: Uint8Array[] = []
  for await (const chunk of chunks) all.push(chunk)
  return Buffer.concat(all)
}

/** Chunks are gathered to about a megabyte per write: a book comes in thousands of small ones. */
const writeSize = 1 << 20

async function writeStream(path: string, output: OutputStream): Promise<void> {
  const handle = await open(path, 'w')
  const writeAll = async (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten
  }
  try {
    let batch: Uint8Array[] = []
    let size = 0
    for await (const chunk of output.chunks()) {
      batch.push(chunk)
      size += chunk.length
      if (size >= writeSize) {
        await writeAll(Buffer.concat(batch))
        batch = []
        size = 0
      }
    }
    if (size > 0) await writeAll(Buffer.concat(batch))
  } finally {
    await handle.close()
  }
}

/**
 * Writes every output atomically: each goes to a temporary file beside its
 * target first, and only when all are written are they renamed into place,
 * so a failed build leaves the previous outputs as they were.
 */
export async function writeOutputs(outputs: ReadonlyMap<string, Output>, outDir: string): Promise<string[]> {
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
      if (bytes instanceof Uint8Array) await writeFile(temp, bytes)
      else await writeStream(temp, bytes)
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
