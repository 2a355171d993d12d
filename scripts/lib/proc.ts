import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  let total = 0
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const pid = Number(entry)
      rss.set(pid, kb * 1024)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export interface RunResult {
  seconds: number
  peakRssBytes: number
  code: number
  stderr: string
  stdout: string
}

/** Runs a command, timing it and sampling the peak RSS of its process tree every 25 ms. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let peak = 0
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    child.stdout.on('data', (d) => {
      stdout += d
    })
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid))
    }, 25)
    child.on('error', (e) => {
      clearInterval(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: peak, code: code ?? -1, stderr, stdout })
    })
  })
}
