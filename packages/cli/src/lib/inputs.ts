import { readFile, stat } from 'node:fs/promises'
import { type ArticleJob, SamizdatError, describeFsError, formatOf } from 'samizdat'

async function readInput(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new SamizdatError(`${path}: is a directory, expected a file`)
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof SamizdatError) throw error
    throw new SamizdatError(describeFsError(path, error))
  }
}

/** Raw files named on the command line, as jobs for the filter chain (no manifest). */
export async function jobsFromFiles(paths: string[]): Promise<ArticleJob[]> {
  const jobs: ArticleJob[] = []
  for (const path of paths) {
    const format = formatOf(path)
    if (!format) throw new SamizdatError(`${path}: unknown extension, expected .txt, .html, .htm, .html.gz or .md`)
    jobs.push({ path, format, bytes: await readInput(path), entry: { source: path } })
  }
  return jobs
}
