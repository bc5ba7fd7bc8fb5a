type Child = Node | string | null | false | undefined
type Attrs = Record<string, string | boolean | number | ((e: Event) => void) | undefined>

/** Builds an element; text always goes in as text, never as HTML. */
export const h = (
  tag: string,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElement => {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value)
    else if (value === true) el.setAttribute(key, '')
    else el.setAttribute(key, String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === false || child === undefined) continue
    el.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return el
}

/**
 * Puts `children` in `holder`, touching only what changed: a node that stays is never taken out,
 * not even to be put back. A part rebuilt above or below the proposal form (forty phones change
 * the board several times a second) must not blur the field being typed in, which closes the
 * phone's keyboard and sends the next keys nowhere.
 */
export const replace = (holder: HTMLElement, ...children: (Child | Child[])[]) => {
  const next = children
    .flat()
    .filter((c): c is Node | string => c !== null && c !== false && c !== undefined)
    .map((c) => (typeof c === 'string' ? document.createTextNode(c) : c))
  const staying = new Set(next)
  for (const node of [...holder.childNodes]) if (!staying.has(node)) node.remove()
  // What stays is already in order (each part has its place), so only new parts go in.
  let at = holder.firstChild
  for (const node of next) {
    if (node === at) at = at.nextSibling
    else holder.insertBefore(node, at)
  }
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (!el) throw new Error(`#${id} is missing from the page`)
  return el as T
}
