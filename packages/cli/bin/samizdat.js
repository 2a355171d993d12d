#!/usr/bin/env node
// The command runs from a bundle of its sources, remade when they change (see
// bundle.js); without esbuild, tsx compiles the TypeScript sources on the fly.
import { freshBundle } from './bundle.js'

const entry = await freshBundle()
if (entry) await import(entry)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/bin.ts')
}
