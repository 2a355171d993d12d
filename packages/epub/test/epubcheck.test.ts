import { sampleBook } from '@samizdat/book'
import { expect, it } from 'vitest'
import { describeWithTools } from '../../../test-support/system-tools.ts'
import { writeEpub } from '../src/index.ts'
import { epubcheck } from './helpers.ts'
import { hostileBook } from './hostile.ts'

describeWithTools(['epubcheck'], 'EPUBCheck', () => {
  it('passes the sample book with no fatal error, error or warning', async () => {
    const result = epubcheck(await writeEpub(sampleBook()))
    expect(result.messages).toEqual([])
    expect([result.fatal, result.error, result.warning]).toEqual([0, 0, 0])
  })

  it('passes a book made of hostile text', async () => {
    const result = epubcheck(await writeEpub(hostileBook()))
    expect(result.messages).toEqual([])
    expect([result.fatal, result.error, result.warning]).toEqual([0, 0, 0])
  })
})
