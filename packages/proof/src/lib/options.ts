import type { z } from 'zod'

/** Validate a plugin's options when it is attached: bad options throw at once, naming the plugin and field. */
export function validate<T extends z.ZodTypeAny>(
  schema: T,
  options: unknown,
  plugin: string,
): z.infer<T> {
  const result = schema.safeParse(options)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const field = issue.path.length > 0 ? ` \`${issue.path.join('.')}\`` : ''
  throw new TypeError(`${plugin}: bad option${field}: ${issue.message}`)
}
