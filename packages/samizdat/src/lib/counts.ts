/**
 * The anthology's word counts as the proofreader sees them, with every lookup
 * recorded. An article's proofreading depends on the counts of the words it
 * looked up and nothing else, so a cached result stays valid while those
 * counts are unchanged — editing one source of a thousand does not redo the
 * others. Counts saturate at `ceiling`: past it a word is simply frequent,
 * and the everyday words every text looks up do not tie all articles together.
 */
export class TrackedCounts extends Map<string, number> {
  readonly lookups = new Map<string, number>()

  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly ceiling = 100,
  ) {
    super()
  }

  override get(word: string): number | undefined {
    const count = Math.min(this.base.get(word) ?? 0, this.ceiling)
    this.lookups.set(word, count)
    return count === 0 ? undefined : count
  }

  override has(word: string): boolean {
    return this.get(word) !== undefined
  }

  /** The lookups in a compact form for the cache: a few thousand pairs as one string and one byte array. */
  pack(): PackedLookups {
    const words = [...this.lookups.keys()].sort()
    return { words: words.join('\n'), counts: Uint8Array.from(words, (w) => this.lookups.get(w)!) }
  }

  /** Whether the recorded lookups give the same answers against other counts. */
  static stillValid(lookups: PackedLookups, base: ReadonlyMap<string, number>, ceiling = 100): boolean {
    if (lookups.words === '') return true
    const words = lookups.words.split('\n')
    for (let i = 0; i < words.length; i++) {
      if (Math.min(base.get(words[i]!) ?? 0, ceiling) !== lookups.counts[i]) return false
    }
    return true
  }
}

/** Words looked up (sorted, one per line) and the count each gave; counts saturate at 100, so a byte holds one. */
export interface PackedLookups {
  words: string
  counts: Uint8Array
}
