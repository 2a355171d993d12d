import { spawn } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../bin/samizdat.js', import.meta.url))
const seed = fileURLToPath(new URL('../../../sources/against-electoralism.txt', import.meta.url))

it('build --watch rebuilds when a source changes, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samizdat-watch-'))
  copyFileSync(seed, join(dir, 'essay.txt'))
  writeFileSync(join(dir, 'anthology.yaml'), 'title: T\nlanguage: en\ndate: 2026-01-01\narticles:\n  - source: essay.txt\n')
  const child = spawn(process.execPath, [bin, 'build', '--watch', '--config', join(dir, 'anthology.yaml'), '--out', join(dir, 'output'), '--format', 'md'], {
    env: { ...process.env, NO_COLOR: '1' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => {
    stdout += d
  })
  const watching = (count: number) =>
    new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for build ${count}: ${stderr}`)), 90_000)
      const check = (d: Buffer) => {
        stderr += d
        if ((stderr.match(/watching for changes/g) ?? []).length >= count) {
          clearTimeout(timer)
          child.stderr.off('data', check)
          done()
        }
      }
      child.stderr.on('data', check)
    })
  await watching(1)
  appendFileSync(join(dir, 'essay.txt'), '\nA new closing paragraph added while the editor was watching the book.\n')
  await watching(2)
  const exited = new Promise<number | null>((done) => child.on('close', done))
  child.kill('SIGTERM')
  expect(await exited).toBe(0)
  expect((stdout.match(/wrote .*anthology\.md/g) ?? []).length).toBe(2)
}, 180_000)
