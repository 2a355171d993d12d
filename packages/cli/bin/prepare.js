// `pnpm install` makes the command's bundle once, so the first build does not wait for it (see bundle.js).
import { freshBundle } from './bundle.js'

await freshBundle()
