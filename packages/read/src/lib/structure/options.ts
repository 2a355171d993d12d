/**
 * Option checks run when a plugin is attached, so a bad option throws at
 * once rather than misbehaving on some later text.
 */

type Check = 'integer' | 'boolean' | 'regexp' | 'object'

export interface OptionSpec {
  type: Check
  min?: number
  max?: number
}

export function checkOptions(
  plugin: string,
  options: unknown,
  spec: Record<string, OptionSpec>,
): Record<string, unknown> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${plugin}: unexpected options \`${String(options)}\`, expected an object`)
  }
  const record = options as Record<string, unknown>
  for (const [key, value] of Object.entries(record)) {
    const rule = spec[key]
    if (!rule) {
      const known = Object.keys(spec).join(', ')
      throw new TypeError(`${plugin}: unexpected option \`${key}\`, expected one of ${known}`)
    }
    if (value === undefined) continue
    if (rule.type === 'boolean' && typeof value !== 'boolean') {
      throw new TypeError(`${plugin}: unexpected \`${key}: ${String(value)}\`, expected a boolean`)
    }
    if (rule.type === 'regexp' && !(value instanceof RegExp)) {
      throw new TypeError(`${plugin}: unexpected \`${key}: ${String(value)}\`, expected a RegExp`)
    }
    if (
      rule.type === 'object' &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw new TypeError(`${plugin}: unexpected \`${key}: ${String(value)}\`, expected an object`)
    }
    if (rule.type === 'integer') {
      const low = rule.min ?? 0
      const high = rule.max ?? Number.MAX_SAFE_INTEGER
      if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
        throw new TypeError(
          `${plugin}: unexpected \`${key}: ${String(value)}\`, expected an integer from ${low} to ${high}`,
        )
      }
    }
  }
  return record
}
