import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorksCitedInput } from '@samizdat/book'
import type { BibliographyEntry, NoteCitation } from '@samizdat/core'
import { codeDigest } from './digest.ts'

/**
 * The works the articles cite, merged across the anthology and formatted.
 * Formatting (citeproc) is the slow part and depends only on the works, not
 * on who cites them: the formatted list is kept in the cache folder under a
 * hash of the works, so a rebuild that changes no citation formats nothing.
 */
export async function worksCitedFor(
  perArticle: { articleId: string; citations: NoteCitation[] }[],
  cacheDir?: string,
): Promise<WorksCitedInput> {
  const { formatWorksCited, mergeCitations, worksCitedStyle } = await import('@samizdat/notes')
  const works = mergeCitations(perArticle)
  if (works.length === 0) return { works, bibliography: [], style: worksCitedStyle }
  const format = () => formatWorksCited(works)
  if (!cacheDir) return { works, bibliography: format(), style: worksCitedStyle }
  const items = works.map(({ citedBy: _citedBy, ...item }) => item)
  const key = createHash('sha256').update(await codeDigest()).update(JSON.stringify(items)).digest('hex')
  const path = join(cacheDir, 'works-cited', `${key}.json`)
  try {
    return { works, bibliography: JSON.parse(await readFile(path, 'utf8')) as BibliographyEntry[], style: worksCitedStyle }
  } catch {
    const bibliography = format()
    await mkdir(join(cacheDir, 'works-cited'), { recursive: true })
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(bibliography))
    await rename(temp, path)
    return { works, bibliography, style: worksCitedStyle }
  }
}
