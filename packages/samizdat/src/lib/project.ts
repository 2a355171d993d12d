import { readFile, readdir, realpath, stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseManifest, type ArticleEntry, type Manifest, type SourceFormat } from '@samizdat/core'
import { SamizdatError, describeFsError } from './errors.ts'

/** One source as read from disk, with its manifest entry and errata. */
export interface ProjectSource {
  entry: ArticleEntry
  /** Path relative to the manifest's folder, as written in the manifest. */
  path: string
  /** The same file from the current folder, as messages name it. */
  filePath: string
  format: SourceFormat
  bytes: Uint8Array
  /** The errata file's path (relative to the manifest's folder) and text, when there is one. */
  errata?: { path: string; text: string }
}

/** Everything a build reads, read once: the build itself does no I/O. */
export interface Project {
  manifest: Manifest
  /** The manifest's path as given. */
  manifestPath: string
  /** The folder the manifest's paths are relative to. */
  root: string
  sources: ProjectSource[]
  /** Source files in the sources folder that the manifest does not list. */
  unlisted: string[]
}

const extensions: Record<string, SourceFormat> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md' }

/** The reader for a path: by extension (`.html.gz` is HTML), overridable per source. */
export function formatOf(path: string, override?: SourceFormat): SourceFormat | undefined {
  if (override) return override
  const lower = path.toLowerCase()
  return extensions[extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower)]
}

async function readBytes(path: string, shown: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new SamizdatError(`${shown}: is a directory, expected a file`)
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof SamizdatError) throw error
    throw new SamizdatError(describeFsError(shown, error))
  }
}

/**
 * A source path must stay inside the project: no absolute paths, no `..` out
 * of the manifest's folder, no symbolic link that leads out of it.
 */
async function safeSourcePath(root: string, source: string, manifestPath: string): Promise<string> {
  if (isAbsolute(source)) {
    throw new SamizdatError(`${manifestPath}: source \`${source}\` is an absolute path, expected a path inside the project`)
  }
  const full = resolve(root, source)
  const inside = (p: string, base: string) => p === base || p.startsWith(base + sep)
  if (!inside(full, root)) {
    throw new SamizdatError(`${manifestPath}: source \`${source}\` is outside the project folder`)
  }
  let real: string
  try {
    real = await realpath(full)
  } catch (error) {
    throw new SamizdatError(describeFsError(join(relative(process.cwd(), root) || '.', source), error))
  }
  if (!inside(real, await realpath(root))) {
    throw new SamizdatError(`${manifestPath}: source \`${source}\` is a link that leads outside the project folder`)
  }
  return full
}

async function sourceFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir)
    // A README beside the sources explains the folder; it is not an article.
    return names.filter((n) => formatOf(n) !== undefined && !/^readme(\.|$)/i.test(n)).sort()
  } catch {
    return []
  }
}

/** Reads the manifest, every source and every errata file. Throws SamizdatError with one line. */
export async function loadProject(manifestPath: string): Promise<Project> {
  let text: string
  try {
    const info = await stat(manifestPath)
    if (info.isDirectory()) throw new SamizdatError(`${manifestPath}: is a directory, expected a manifest file`)
    text = await readFile(manifestPath, 'utf8')
  } catch (error) {
    if (error instanceof SamizdatError) throw error
    throw new SamizdatError(describeFsError(manifestPath, error))
  }
  let manifest: Manifest
  try {
    manifest = parseManifest(text, manifestPath)
  } catch (error) {
    throw new SamizdatError((error as Error).message)
  }
  const root = resolve(dirname(manifestPath))
  const sourcesDir = manifest.sources ?? '.'
  const present = (await sourceFiles(resolve(root, sourcesDir))).map((n) => join(sourcesDir, n).replace(/^\.\//, ''))
  const entries: ArticleEntry[] = manifest.articles ?? present.map((source) => ({ source }))
  if (entries.length === 0) {
    throw new SamizdatError(`${manifestPath}: no articles listed and no source files in \`${sourcesDir}\``)
  }
  const listed = new Set(entries.map((e) => join(e.source)))
  const errataDir = manifest.errata ?? 'errata'
  const ids = new Set<string>()
  const sources: ProjectSource[] = []
  for (const [i, entry] of entries.entries()) {
    if (entry.id) {
      if (ids.has(entry.id)) throw new SamizdatError(`${manifestPath}: articles[${i}].id \`${entry.id}\` is used twice, expected unique ids`)
      ids.add(entry.id)
    }
    const full = await safeSourcePath(root, entry.source, manifestPath)
    const format = formatOf(entry.source, entry.format)
    if (!format) {
      throw new SamizdatError(`${manifestPath}: articles[${i}].source \`${entry.source}\` has an unknown extension, expected .txt, .html, .htm, .html.gz or .md (or set \`format\`)`)
    }
    const filePath = relative(process.cwd(), full) || entry.source
    const bytes = await readBytes(full, filePath)
    const source: ProjectSource = { entry, path: entry.source, filePath, format, bytes }
    const stem = entry.source.split(/[\\/]/).pop()!.replace(/(\.[a-z0-9]+)+$/i, '')
    const errataPath = join(errataDir, `${stem}.yaml`)
    try {
      source.errata = { path: errataPath, text: await readFile(resolve(root, errataPath), 'utf8') }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new SamizdatError(describeFsError(errataPath, error))
      }
    }
    sources.push(source)
  }
  const unlisted = manifest.articles ? present.filter((p) => !listed.has(join(p))) : []
  return { manifest, manifestPath, root, sources, unlisted }
}
