import dns from 'node:dns'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SamizdatError, buildAnthology, loadProject, writeOutputs } from 'samizdat'

const manifest = fileURLToPath(new URL('../../../sources/anthology.yaml', import.meta.url))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('offline', () => {
  it('a build opens no network connection and looks up no host', async () => {
    const attempts: string[] = []
    const refuse = (what: string) => () => {
      attempts.push(what)
      throw new Error(`network use during a build: ${what}`)
    }
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('socket connect'))
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns lookup'))
    vi.spyOn(dns.promises, 'lookup').mockImplementation(refuse('dns lookup'))
    vi.spyOn(http, 'request').mockImplementation(refuse('http request'))
    vi.spyOn(https, 'request').mockImplementation(refuse('https request'))
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'))
    const result = await buildAnthology(await loadProject(manifest), { workers: 1 })
    expect(result.outputs.get('anthology.epub')!.length).toBeGreaterThan(10_000)
    expect(attempts).toEqual([])
  })
})

describe('atomic outputs', () => {
  it('a failed write leaves every previous output as it was, and no temporary file behind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'samizdat-out-'))
    writeFileSync(join(out, 'anthology.md'), 'the previous book')
    // A folder where a file must go makes the second write fail.
    mkdirSync(join(out, 'anthology.epub', 'blocker'), { recursive: true })
    const outputs = new Map<string, Uint8Array>([
      ['anthology.md', new TextEncoder().encode('the new book')],
      ['anthology.epub', new Uint8Array([1, 2, 3])],
    ])
    await expect(writeOutputs(outputs, out)).rejects.toBeInstanceOf(SamizdatError)
    expect(readFileSync(join(out, 'anthology.md'), 'utf8')).toBe('the previous book')
    expect(readdirSync(out).sort()).toEqual(['anthology.epub', 'anthology.md'])
  })

  it('a successful write replaces the outputs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'samizdat-out-'))
    writeFileSync(join(out, 'anthology.md'), 'the previous book')
    await writeOutputs(new Map([['anthology.md', new TextEncoder().encode('the new book')]]), out)
    expect(readFileSync(join(out, 'anthology.md'), 'utf8')).toBe('the new book')
  })
})
