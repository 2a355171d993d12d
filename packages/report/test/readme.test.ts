import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

describe('README', () => {
  const readme = readFileSync(here('../README.md'), 'utf8')

  it('has the house sections', () => {
    for (const section of ['What', 'When', 'Install', 'Use', 'API', 'Options']) {
      expect(readme).toMatch(new RegExp(`^## ${section}$`, 'm'))
    }
  })

  it('shows the example file verbatim, and the example runs', () => {
    const example = readFileSync(here('../examples/report.ts'), 'utf8')
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``)
    const out = execFileSync(process.execPath, ['--import', 'tsx', here('../examples/report.ts')], {
      encoding: 'utf8',
    })
    expect(out).toContain('{ kept: 1, removed: 1 } 1 { error: 0, warning: 1, info: 0 }')
  })
})

describe('public exports', () => {
  it('are pinned', () => {
    expect(Object.keys(api).sort()).toEqual(['buildReport', 'changeKind', 'changeKinds', 'reportSection'])
  })
})
