import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe } from 'vitest'

/** The system tools some tests need, and how to tell whether each is here. */
const probes = {
  epubcheck: () => existsSync('/usr/share/java/epubcheck.jar') && spawnSync('java', ['-version']).status === 0,
  chromium: () => existsSync('/usr/bin/chromium'),
  poppler: () => spawnSync('pdfinfo', ['-v']).status === 0,
  weasyprint: () => spawnSync('weasyprint', ['--version']).status === 0,
  pandoc: () => spawnSync('pandoc', ['--version']).status === 0,
} as const

export type SystemTool = keyof typeof probes

export function hasTool(tool: SystemTool): boolean {
  return probes[tool]()
}

/**
 * `describe` for tests that need system tools. Where a tool is missing the
 * block is skipped with a visible reason — except under `CI=true`, where
 * `.ci/run` has installed every tool, so a missing one is a failure.
 */
export function describeWithTools(tools: SystemTool[], name: string, body: () => void): void {
  const missing = tools.filter((t) => !hasTool(t))
  if (missing.length === 0) {
    describe(name, body)
    return
  }
  const reason = `needs ${missing.join(', ')} (apt-get install -y ${missing
    .map((t) => (t === 'poppler' ? 'poppler-utils' : t))
    .join(' ')})`
  if (process.env.CI === 'true' || process.env.CI === '1') {
    describe(name, () => {
      throw new Error(`CI is set but ${reason}: .ci/run must install it`)
    })
    return
  }
  process.stderr.write(`skipped: ${name}: ${reason}\n`)
  describe.skip(`${name} [skipped: ${reason}]`, body)
}
