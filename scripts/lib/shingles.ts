/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark):
 * tokens are `\w+`, each text is a bag of 4-word shingles, and per page tp, fp
 * and fn are counted on the bags (normalising them to sum to 1 leaves precision
 * and recall unchanged). Precision and recall are averaged over pages; F1 is
 * taken of the means.
 */

/** Python's `\w` in Unicode mode: letters, numbers and the underscore. */
const tokenRe = /[\p{L}\p{N}_]+/gu

export function shingles(text: string, size = 4): Map<string, number> {
  const tokens = text.match(tokenRe) ?? []
  const bag = new Map<string, number>()
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join('\u0001')
    bag.set(key, (bag.get(key) ?? 0) + 1)
  }
  return bag
}

export interface PageScore {
  precision: number
  recall: number
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted)
  const t = shingles(truth)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0))
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 }
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
  }
}

export interface Summary {
  f1: number
  precision: number
  recall: number
  pages: number
}

export function summarise(scores: PageScore[]): Summary {
  const n = scores.length || 1
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { f1, precision, recall, pages: scores.length }
}
