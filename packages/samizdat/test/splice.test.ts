import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collect } from '../src/lib/output.ts'
import { placeholder, spliceChunks } from '../src/lib/splice.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const text = async (chunks: AsyncIterable<Uint8Array>) => new TextDecoder().decode(await collect(chunks))

describe('spliceChunks', () => {
  it('puts each part in its placeholder, as UTF-8, from memory or from a parts file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samizdat-parts-')), 'x.parts')
    writeFileSync(file, bytes('…<i>one</i>…'))
    const one = { file, offset: 3, length: 10 }
    const doc = `<p>“head”</p>${placeholder(1)}<hr>${placeholder(0)}<p>tail</p>`
    expect(await text(spliceChunks(doc, [bytes('<b>zero ’</b>'), one]))).toBe('<p>“head”</p><i>one</i><hr><b>zero ’</b><p>tail</p>')
  })

  it('refuses a part placed twice, a part missing, an unknown placeholder and a stray NUL', () => {
    expect(() => spliceChunks(`${placeholder(0)}${placeholder(0)}`, [bytes('a')])).toThrow(/placeholder 0/)
    expect(() => spliceChunks(placeholder(0), [bytes('a'), bytes('b')])).toThrow(/1 of 2/)
    expect(() => spliceChunks(placeholder(3), [bytes('a')])).toThrow(/placeholder 3/)
    expect(() => spliceChunks(`a\u0000b${placeholder(0)}`, [bytes('a')])).toThrow(/NUL/)
  })
})
