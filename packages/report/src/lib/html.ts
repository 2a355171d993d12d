import type { Element, ElementContent, Properties, Text } from 'hast'
import { toHtml } from 'hast-util-to-html'

/**
 * `toHtml(element)` with its default settings, byte for byte, for the trees
 * the report builds. `toHtml` joins every element's children into a string of
 * their own, copying the text once per level (ten levels around a raw line),
 * and looks every property up in the HTML schema; here the pieces go into
 * one list, joined once. Anything this does not know (other properties, SVG,
 * `script`, `style`, `template`, comments, empty elements which may be void)
 * is handed to `toHtml` itself, so the output never differs.
 */
export function elementHtml(node: Element): string {
  const out: string[] = []
  write(node, out)
  return out.join('')
}

type Kind = 'string' | 'spaces' | 'boolean'

/** Properties the report's own elements and `mdast-util-to-hast`'s usual ones carry: hast name → attribute. */
const known: Record<string, { name: string; kind: Kind }> = {
  className: { name: 'class', kind: 'spaces' },
  id: { name: 'id', kind: 'string' },
  href: { name: 'href', kind: 'string' },
  title: { name: 'title', kind: 'string' },
  src: { name: 'src', kind: 'string' },
  alt: { name: 'alt', kind: 'string' },
  align: { name: 'align', kind: 'string' },
  lang: { name: 'lang', kind: 'string' },
  open: { name: 'open', kind: 'boolean' },
  checked: { name: 'checked', kind: 'boolean' },
  disabled: { name: 'disabled', kind: 'boolean' },
}

/** Elements whose content or schema `toHtml` treats differently. */
const special = new Set(['script', 'style', 'template', 'svg'])

// `&` first: the other references contain one.
function escapeText(value: string): string {
  return /[<&]/.test(value) ? value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;') : value
}

function escapeAttribute(value: string): string {
  if (!/[\0"&'`]/.test(value)) return value
  return value
    .replace(/&/g, '&#x26;')
    .replace(/\0/g, '&#x0;')
    .replace(/"/g, '&#x22;')
    .replace(/'/g, '&#x27;')
    .replace(/`/g, '&#x60;')
}

/** ` a="1" b` as `toHtml` writes it, or undefined when a property is not one this knows. */
function attributes(properties: Properties): string | undefined {
  let out = ''
  for (const key in properties) {
    let value = properties[key]
    if (value === null || value === undefined) continue
    const info = known[key]
    if (!info) return undefined
    if (
      info.kind === 'boolean' &&
      (typeof value !== 'string' || value === info.name || value === '')
    ) {
      value = Boolean(value)
    }
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue
    if (value === true) {
      out += ` ${info.name}`
      continue
    }
    if (Array.isArray(value) && info.kind !== 'spaces') return undefined
    const text = Array.isArray(value) ? value.join(' ').trim() : String(value)
    out += ` ${info.name}="${escapeAttribute(text)}"`
  }
  return out
}

/** Whether an element's content serialises to nothing: then it may be void (`col`, `br`), which `toHtml` knows. */
function empty(node: Element): boolean {
  for (const c of node.children) {
    if ((c.type !== 'text' && (c.type as string) !== 'raw') || (c as Text).value !== '')
      return false
  }
  return true
}

function write(node: ElementContent, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.value))
    return
  }
  const attrs =
    node.type === 'element' && !special.has(node.tagName) && !empty(node)
      ? attributes(node.properties)
      : undefined
  if (node.type !== 'element' || attrs === undefined) {
    out.push(toHtml(node))
    return
  }
  out.push(`<${node.tagName}${attrs}>`)
  for (const child of node.children) write(child, out)
  out.push(`</${node.tagName}>`)
}
