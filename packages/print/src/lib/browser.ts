/**
 * Scripts run inside Chromium. Kept as plain JavaScript strings: a function
 * passed to `page.evaluate` would be serialised after the TypeScript loader
 * has rewritten it, and could then name helpers the page does not have.
 */

/** Runs Paged.js over the document and resolves to the number of pages laid out. */
export const runPagedJs = `(async () => {
  await document.fonts.ready
  const flow = await window.PagedPolyfill.preview()
  return flow.total
})()`

/**
 * After layout, keeps only the soft hyphens a line actually breaks at, so the
 * PDF's text layer reads and searches as plain words. Measured first, changed
 * after, so the layout is read once; removing a break opportunity the line
 * breaker did not take leaves every line as it was. A word Paged.js split
 * across two pages ends its first part with a soft hyphen that no line break
 * shows, so that one becomes a visible hyphen.
 */
export const keepUsedSoftHyphens = `(() => {
  const SHY = '\\u00AD'
  const root = document.querySelector('.pagedjs_pages') || document.body
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  const plans = []
  while (walker.nextNode()) {
    const node = walker.currentNode
    const text = node.nodeValue || ''
    if (!text.includes(SHY)) continue
    const used = new Set()
    for (let i = text.indexOf(SHY); i !== -1; i = text.indexOf(SHY, i + 1)) {
      if (i === 0 || i >= text.length - 1) continue
      range.setStart(node, i - 1)
      range.setEnd(node, i)
      const before = range.getBoundingClientRect()
      range.setStart(node, i + 1)
      range.setEnd(node, i + 2)
      const after = range.getBoundingClientRect()
      // At a break the range after it also spans the end of the line above, so compare bottoms.
      if (after.bottom - before.bottom > before.height / 2) used.add(i)
    }
    plans.push([node, used])
  }
  let kept = 0
  let removed = 0
  for (const [node, used] of plans) {
    const text = node.nodeValue || ''
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (c !== SHY) out += c
      else if (i === text.length - 1) { out += '-'; kept++ }
      else if (used.has(i)) { out += c; kept++ }
      else removed++
    }
    node.nodeValue = out
  }
  return { kept, removed }
})()`

/**
 * A Paged.js handler that moves each page break back to the start of the
 * line it falls in. Paged.js sometimes breaks inside a line: before a note
 * call it had to push to the next page (leaving the called word behind), or
 * inside a word after a soft-hyphen break, whose next letter measures as if
 * it were still on the line above (`Representati-` / `ves`). Walking back
 * letter by letter to the line's first letter keeps call and word together
 * and breaks words only where a line did.
 */
export const breakAtLineStarts = `(() => {
  const lastRect = (range) => {
    const rects = range.getClientRects()
    return rects.length ? rects[rects.length - 1] : null
  }
  const boxAt = (node, offset) => {
    const range = document.createRange()
    if (node.nodeType === 3) {
      if (offset >= (node.nodeValue || '').length) return null
      range.setStart(node, offset)
      range.setEnd(node, offset + 1)
      return lastRect(range)
    }
    const child = node.childNodes[offset]
    if (!child) return null
    range.selectNode(child)
    const rects = range.getClientRects()
    return rects.length ? rects[0] : null
  }
  class BreakAtLineStarts extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return overflow
      const line = boxAt(overflow.startContainer, overflow.startOffset)
      if (!line || line.height === 0) return overflow
      const walker = document.createTreeWalker(rendered, NodeFilter.SHOW_TEXT)
      let node = overflow.startContainer
      let index = overflow.startOffset
      if (node.nodeType !== 3) {
        // Start from the last text before the element the overflow starts at.
        const marker = node.childNodes[overflow.startOffset] || node
        walker.currentNode = marker
        node = walker.previousNode()
        if (!node || !(marker.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) return overflow
        index = (node.nodeValue || '').length
      } else {
        walker.currentNode = node
      }
      const range = document.createRange()
      let steps = 0
      let start = null
      while (node && steps < 2000) {
        for (let i = index - 1; i >= 0; i--, steps++) {
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          // Letters decide (a space at a break sits on both lines); a letter
          // whose box does not overlap the line's height is on the line
          // before, or in the column Paged.js keeps for the page's overflow.
          // Overlap, not equal tops, so a raised note call counts as on the line.
          const rect = lastRect(range)
          if (!rect || rect.width === 0) continue
          if (rect.bottom <= line.top + 1 || rect.top >= line.bottom - 1) {
            start = [node, i + 1]
            break
          }
        }
        if (start) break
        node = walker.previousNode()
        index = node ? (node.nodeValue || '').length : 0
      }
      if (!start) return overflow
      const [at, offset] = start
      if (at === overflow.startContainer && offset === overflow.startOffset) return overflow
      const moved = overflow.cloneRange()
      moved.setStart(at, offset)
      // Only spaces between the two: the break was at the line start already.
      const between = document.createRange()
      between.setStart(at, offset)
      between.setEnd(overflow.startContainer, overflow.startOffset)
      if (between.toString().trim() === '') return overflow
      return moved
    }
  }
  window.Paged.registerHandlers(BreakAtLineStarts)
})()`

/** What the document's head says about it, for the PDF's metadata. */
export interface DocumentFacts {
  title: string
  author: string | null
  generator: string | null
  created: string | null
  language: string | null
}

export const documentFacts = `(() => {
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.getAttribute('content') ?? null
  return {
    title: document.title,
    author: meta('author'),
    generator: meta('generator'),
    created: meta('dcterms.created'),
    language: document.documentElement.getAttribute('lang'),
  }
})()`
