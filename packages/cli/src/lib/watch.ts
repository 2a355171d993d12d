import { watch, type FSWatcher } from 'node:fs'
import { dirname, resolve } from 'node:path'

/**
 * Calls `rebuild` whenever a file under one of `paths` changes (sources,
 * errata, the manifest), at most once per quiet spell of `delay` ms, never
 * two at a time. Returns a function that stops watching.
 */
export function watchPaths(
  paths: string[],
  rebuild: () => Promise<void>,
  options: { ignore?: (path: string) => boolean; delay?: number } = {},
): () => void {
  const { ignore = () => false, delay = 200 } = options
  let timer: NodeJS.Timeout | undefined
  let running = false
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      await rebuild()
    } finally {
      running = false
      if (again) {
        again = false
        void run()
      }
    }
  }
  const triggerFor = (base: string) => (_event: string, name: string | Buffer | null) => {
    const path = name ? resolve(base, String(name)) : base
    if (ignore(path)) return
    if (process.env.SAMIZDAT_DEBUG) process.stderr.write(`watch: ${path} changed\n`)
    clearTimeout(timer)
    timer = setTimeout(() => void run(), delay)
  }
  const watchers: FSWatcher[] = []
  for (const path of new Set(paths.map((p) => resolve(p)))) {
    try {
      watchers.push(watch(path, { recursive: true }, triggerFor(path)))
    } catch {
      // A folder that does not exist yet (errata/) cannot be watched; its parent is.
      watchers.push(watch(dirname(path), triggerFor(dirname(path))))
    }
  }
  return () => {
    clearTimeout(timer)
    for (const w of watchers) w.close()
  }
}
