import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'

/** A digest of the code that processes and renders articles: a new version invalidates every cache entry. */
let digest: Promise<string> | undefined
export function codeDigest(): Promise<string> {
  // The command's bundle is stamped with the digest of the sources it was made from.
  const stamped = process.env.SAMIZDAT_CODE_DIGEST
  digest ??= stamped ? Promise.resolve(stamped) : digestOfCode()
  return digest
}

async function digestOfCode(): Promise<string> {
  const packages = new URL('../../../', import.meta.url)
  const hash = createHash('sha256')
  const walk = async (dir: URL): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === 'node_modules' || e.name === 'test') continue
      const url = new URL(e.name + (e.isDirectory() ? '/' : ''), dir)
      if (e.isDirectory()) await walk(url)
      else if (/\.(ts|txt|json|csl|xml)$/.test(e.name)) hash.update(e.name).update(await readFile(url))
    }
  }
  await walk(packages)
  return hash.digest('hex')
}
