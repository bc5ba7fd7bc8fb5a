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
 * Puts `children` in `holder`, untouched when they are already there in that order: a view that
 * changed one part leaves the rest of the page (and the button under a finger) where it was.
 */
export const replace = (holder: HTMLElement, ...children: (Child | Child[])[]) => {
  const next = children
    .flat()
    .filter((c): c is Node | string => c !== null && c !== false && c !== undefined)
  const now = holder.childNodes
  if (next.length === now.length && next.every((c, i) => c === now[i])) return
  holder.replaceChildren(...next)
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (!el) throw new Error(`#${id} is missing from the page`)
  return el as T
}
