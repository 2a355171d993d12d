// samizdat's clean filters in a plain remark pipeline: parse Markdown (or a
// pasted page, whose blank-line-separated blocks are paragraphs), clean it,
// and write Markdown back. Run: npx tsx packages/clean/examples/remark-pipeline.ts

import { cleanPreset } from '@samizdat/clean'
import { remark } from 'remark'

const page = `Home | News | Opinion | Contact

Rent Strike Spreads to Third Estate

By Maria Gonzalez

12 March 2024

Tenants on the Oakfield estate voted on Tuesday night to withhold rent until the council completes repairs that have been promised since 2019.

The vote followed similar decisions on two neighbouring estates, where residents have organised block by block and floor by floor.

Share this article

Subscribe to our newsletter for weekly updates
`

export async function cleanWithRemark(markdown: string) {
  const file = await remark().use(cleanPreset).process(markdown)
  return { markdown: String(file), meta: file.data.meta, removals: file.data.removals ?? [] }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, meta, removals } = await cleanWithRemark(page)
  console.log(markdown)
  console.log(meta)
  console.log(removals.map((r) => `${r.line}: ${r.ruleId} — ${r.text}`).join('\n'))
}
