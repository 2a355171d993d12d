export { decode, splitLines, type Decoded } from './lib/decode.ts'
export { looksHardWrapped, parseLines } from './lib/parse.ts'
export { readText, type ReadResult } from './lib/read.ts'
