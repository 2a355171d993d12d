/**
 * Words a pattern cannot match without: for a pattern without the `u` flag,
 * lower-case ASCII strings such that every match holds at least one of them
 * (case aside). A text whose lower-cased form holds none of them cannot
 * match, so a caller may skip the pattern; without `u`, an ASCII letter
 * matches only its ASCII cases even under `i`, so lower-casing the text
 * loses no match. Read from the pattern's source: a run of plain characters
 * that the pattern requires, or a required group of alternatives that each
 * require one. Undefined when no such strings of two characters or more are
 * found (the pattern then gives no cheap test).
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  // With `u`, ſ and K match s and k; a named back reference reads like plain characters.
  if (/[uv]/.test(pattern.flags) || pattern.source.includes('\\k<')) return undefined
  let found: string[] | undefined
  try {
    found = alternation(pattern.source)
  } catch {
    return undefined
  }
  return found && Math.min(...found.map((s) => s.length)) >= 2 ? found : undefined
}

/** True when the lower-cased text holds one of the strings. */
export function holdsAny(lowerText: string, literals: readonly string[]): boolean {
  for (const s of literals) if (lowerText.includes(s)) return true
  return false
}

const quantifierRe = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/
// Escapes that stand for one plain character, as themselves (`\.`, `\/`, `\-`).
const plainEscapeRe = /^[^\w\s]$/

/** The strings every match of an alternation holds one of: each branch's, together. */
function alternation(source: string): string[] | undefined {
  const all: string[] = []
  for (const branch of split(source)) {
    const found = sequence(branch)
    if (!found) return undefined
    all.push(...found)
  }
  return [...new Set(all)]
}

/** The source split at its top-level `|`. */
function split(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i)
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
  }
  out.push(source.slice(start))
  return out
}

/** Index of the `]` that closes the class opening at `i`. */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++
    else if (source[j] === ']') return j
  }
  return source.length
}

/** Index of the `)` that closes the group opening at `i`. */
function groupEnd(source: string, i: number): number {
  let depth = 0
  for (let j = i; j < source.length; j++) {
    const c = source[j]
    if (c === '\\') j++
    else if (c === '[') j = classEnd(source, j)
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return j
  }
  return source.length
}

/**
 * The best set of strings one branch (no top-level `|`) requires: among its
 * required runs of plain characters and required groups, the one whose
 * shortest string is longest.
 */
function sequence(source: string): string[] | undefined {
  const candidates: string[][] = []
  let run = ''
  const flush = () => {
    if (run) candidates.push([run])
    run = ''
  }
  for (let i = 0; i < source.length; ) {
    const c = source[i]!
    let atom: { literal?: string; group?: string[] | undefined; zeroWidth?: boolean }
    let next: number
    if (c === '\\') {
      const e = source[i + 1] ?? ''
      next = i + 2
      if (e === 'b' || e === 'B') atom = { zeroWidth: true }
      else if (plainEscapeRe.test(e) && e < '\u0080') atom = { literal: e }
      else {
        // A class (\d, \w, \s), a control or code escape, or a back reference: no plain character.
        const code = { x: /^[\da-f]{2}/i, u: /^[\da-f]{4}/i, c: /^[a-z]/i }[e]
        if (code) {
          // Without `u`, a malformed code escape is plain characters: leave such a pattern alone.
          const digits = code.exec(source.slice(i + 2))?.[0]
          if (!digits) throw new Error(`unexpected escape \\${e}`)
          next += digits.length
        }
        atom = {}
      }
    } else if (c === '[') {
      next = classEnd(source, i) + 1
      atom = {}
    } else if (c === '(') {
      const end = groupEnd(source, i)
      next = end + 1
      const inner = source.slice(i + 1, end)
      if (/^\?<?[=!]/.test(inner)) atom = { zeroWidth: true }
      else atom = { group: alternation(inner.replace(/^\?(?::|<[^>]*>)/, '')) }
    } else if (c === '^' || c === '$') {
      next = i + 1
      atom = { zeroWidth: true }
    } else if (c === '.' || c === '|' || c === ')' || c >= '\u0080') {
      next = i + 1
      atom = {}
    } else {
      next = i + 1
      atom = { literal: c.toLowerCase() }
    }
    const quantifier = quantifierRe.exec(source.slice(next))?.[0] ?? ''
    next += quantifier.length
    const optional = /^(?:[?*]|\{0[,}])/.test(quantifier)
    if (atom.literal !== undefined && !optional) {
      run += atom.literal
      // Repeated, the character is no longer next to what follows it.
      if (quantifier) flush()
    } else {
      flush()
      if (atom.group && !optional) candidates.push(atom.group)
    }
    i = next
  }
  flush()
  let best: string[] | undefined
  let bestLength = 0
  for (const set of candidates) {
    const shortest = Math.min(...set.map((s) => s.length))
    if (shortest > bestLength) {
      best = set
      bestLength = shortest
    }
  }
  return best
}
