/**
 * Unicode patterns (`/…/u`, mostly `/…/iu`) that run as fast as plain ones,
 * with the same answers.
 *
 * V8 runs an alternation of words with the `i` and `u` flags together some
 * 30× slower than with `i` alone, and the rules try dozens of such patterns
 * on every block. Without `u`, a pattern matches differently only on ſ and K
 * (which fold to s and k under `u`) and on characters outside the BMP (one
 * character under `u`, two without), so a text holding none of them can take
 * the plain pattern. Property escapes (`\p{Lu}`) need `u`: the alternatives
 * that hold one are tried first with the escape widened to any character,
 * which can only match more, and only a text that passes goes to the exact
 * pattern.
 */
export interface Matcher {
  readonly source: string
  test(text: string): boolean
  exec(text: string): RegExpExecArray | null
}

const foldsDifferently = /[\u017F\u212A\uD800-\uDFFF]/

// The rules try their patterns one after another on the same text: one answer serves them all.
let lastText: string | undefined
let lastUnsafe = false
function unsafe(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastUnsafe = foldsDifferently.test(text)
  }
  return lastUnsafe
}

/** Non-ASCII letters with case fold one way under `u` and another without it. */
function casedBeyondAscii(source: string): boolean {
  for (const c of source) if (c > '\u007f' && c.toLowerCase() !== c.toUpperCase()) return true
  return false
}

interface Alternative {
  /** The alternative with each `\p{…}` widened to any character. */
  plain: string
  widened: boolean
}

/**
 * The pattern's top-level alternatives, each with its property escapes
 * widened, or undefined when widening could narrow a match: an escape in a
 * negated class, `\P{…}`, or a negative lookaround.
 */
function alternatives(source: string): Alternative[] | undefined {
  const out: Alternative[] = []
  let plain = ''
  let widened = false
  let depth = 0
  let inClass = false
  let negated = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      if (next === 'P') return undefined
      if (next === 'p' && source[i + 2] === '{') {
        if (negated) return undefined
        plain += inClass ? '\\s\\S' : '[\\s\\S]'
        widened = true
        i = source.indexOf('}', i)
        continue
      }
      plain += c + next
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') {
      inClass = true
      negated = source[i + 1] === '^'
    } else if (c === '(') {
      if (source.startsWith('(?!', i) || source.startsWith('(?<!', i)) return undefined
      depth++
    } else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push({ plain, widened })
      plain = ''
      widened = false
      continue
    }
    if (!inClass) negated = false
    plain += c
  }
  out.push({ plain, widened })
  return out
}

/** The pattern, as a matcher that takes the fast way whenever that gives the same answer. */
export function caseless(exact: RegExp): Matcher {
  const { flags, source } = exact
  const alts = alternatives(source)
  if (!alts || /[gy]/.test(flags) || !flags.includes('u') || casedBeyondAscii(source)) return exact
  const plainFlags = flags.replace('u', '')
  const join = (list: Alternative[]) =>
    list.length ? new RegExp(list.map((a) => a.plain).join('|'), plainFlags) : undefined
  // The alternatives without escapes answer exactly; the others only say "perhaps".
  const sure = join(alts.filter((a) => !a.widened))
  const perhaps = join(alts.filter((a) => a.widened))
  // With capturing groups in the escaped alternatives, the plain one numbers its groups differently.
  const groups = (pattern: RegExp | undefined) =>
    pattern ? (new RegExp(`${pattern.source}|`, pattern.flags).exec('')?.length ?? 1) - 1 : 0
  const sameGroups = groups(sure) === groups(exact)
  return {
    source,
    test(text) {
      if (unsafe(text)) return exact.test(text)
      if (sure?.test(text)) return true
      return perhaps?.test(text) === true && exact.test(text)
    },
    exec(text) {
      // Which alternative matched first depends on all of them: only without a
      // possible escaped match does the plain one give the exact answer.
      if (!sameGroups || unsafe(text) || perhaps?.test(text)) return exact.exec(text)
      return sure?.exec(text) ?? null
    },
  }
}
