import { describe, expect, it } from 'vitest'
import { placeholder, splice } from '../src/lib/splice.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const text = (data: Uint8Array) => new TextDecoder().decode(data)

describe('splice', () => {
  it('puts each part in its placeholder, as UTF-8', () => {
    const doc = `<p>“head”</p>${placeholder(1)}<hr>${placeholder(0)}<p>tail</p>`
    expect(text(splice(doc, [bytes('<b>zero ’</b>'), bytes('<i>one</i>')]))).toBe('<p>“head”</p><i>one</i><hr><b>zero ’</b><p>tail</p>')
  })

  it('refuses a part placed twice, a part missing, an unknown placeholder and a stray NUL', () => {
    expect(() => splice(`${placeholder(0)}${placeholder(0)}`, [bytes('a')])).toThrow(/placeholder 0/)
    expect(() => splice(placeholder(0), [bytes('a'), bytes('b')])).toThrow(/1 of 2/)
    expect(() => splice(placeholder(3), [bytes('a')])).toThrow(/placeholder 3/)
    expect(() => splice(`a\u0000b${placeholder(0)}`, [bytes('a')])).toThrow(/NUL/)
  })
})
