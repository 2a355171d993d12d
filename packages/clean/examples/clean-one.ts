// Clean one pasted page and show what was found and removed:
//   npx tsx packages/clean/examples/clean-one.ts sources/soviet-power.txt
import { readFileSync } from 'node:fs'
import { readText } from '@samizdat/read'
import { unified } from 'unified'
import { bodyText, cleanPreset } from '../src/index.ts'

const path = process.argv[2] ?? 'sources/soviet-power.txt'
const { file, tree } = readText(readFileSync(path), path)
file.data.keep = [] // the manifest's per-source `keep` / `drop` lists arrive here
unified().use(cleanPreset).runSync(tree, file)

console.log(file.data.meta)
for (const r of file.data.removals ?? [])
  console.log(`${r.line}  ${r.ruleId}  ${r.text.slice(0, 60)}`)
console.log(bodyText(tree).slice(0, 400))
