/**
 * CPU profiles for the stage benchmarks: `profiled` runs some work under the
 * inspector's profiler and writes `summarise`'s table to a file.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'

/** The part of a V8 CPU profile the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }[]
  samples?: number[]
  timeDeltas?: number[]
}

let session: Session | undefined

/** Runs `work`, under the profiler when `path` is given and `when` holds, writing the summary to `path`. */
export async function profiled<T>(
  path: string | undefined,
  when: boolean,
  work: () => T | Promise<T>,
): Promise<T> {
  if (!path || !when) return work()
  if (!session) {
    session = new Session()
    session.connect()
    await session.post('Profiler.enable')
  }
  await session.post('Profiler.start')
  const result = await work()
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(path, summarise(profile as CpuProfile))
  console.log(`profile: ${path}`)
  return result
}

/**
 * Self time by function (name and place), the heaviest first; then total
 * time (the function and what it calls). The inspector's own frames are left out.
 */
export function summarise(profile: CpuProfile): string {
  const nameOf = new Map<number, string>()
  const parent = new Map<number, number>()
  const skip = new Set<number>()
  for (const n of profile.nodes) {
    const f = n.callFrame
    if (f.url === 'node:inspector' || f.functionName === 'dispatch') skip.add(n.id)
    const where = f.url
      ? `${f.url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${f.lineNumber + 1}`
      : ''
    nameOf.set(n.id, `${f.functionName || '(anonymous)'} ${where}`.trim())
    for (const c of n.children ?? []) parent.set(c, n.id)
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let all = 0
  ;(profile.samples ?? []).forEach((id, i) => {
    if (skip.has(id)) return
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000
    all += dt
    const key = nameOf.get(id) ?? '?'
    self.set(key, (self.get(key) ?? 0) + dt)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf.get(at) ?? '?'
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + dt)
    }
  })
  const table = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, ms]) =>
          `${ms.toFixed(0).padStart(7)} ms ${((ms * 100) / all).toFixed(1).padStart(5)}%  ${k.slice(0, 140)}`,
      )
      .join('\n')
  return `self time\n${table(self, 40)}\n${all.toFixed(0).padStart(7)} ms total\n\ntotal time\n${table(total, 50)}\n`
}
