import { useEffect, useRef } from 'react'
import type { Route } from './router'

/** Tabs inside one screen (the follow-up's) are not a new page: only the screen and its ids count. */
const pageKey = (route: Route) => {
  const { screen, ...rest } = route
  const ids = Object.entries(rest)
    .filter(([k]) => k !== 'tab')
    .map(([, v]) => String(v))
  return [screen, ...ids].join('/')
}

const WAIT_MS = 3000

/**
 * After moving to another screen, the keyboard and a screen reader start at its heading, as they
 * would on a new web page, instead of at the top of the window. Screens load their data first, so
 * this waits for the heading to appear; it never takes focus from a control the screen (or the
 * person) already focused.
 */
export const useFocusOnNavigate = (route: Route) => {
  const key = pageKey(route)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const content = document.getElementById('content')
    if (!content) return
    const settle = () => {
      const active = document.activeElement
      const shown = (el: Element) => el.getClientRects().length > 0
      if (active && active !== document.body && content.contains(active) && shown(active))
        return true
      // While a screen's script loads, the one before it may still sit hidden in the page.
      const heading = [...content.querySelectorAll<HTMLElement>('h1')].find(shown)
      if (!heading) return false
      heading.tabIndex = -1
      heading.focus()
      return document.activeElement === heading
    }
    if (settle()) return
    const observer = new MutationObserver(() => settle() && stop())
    const timer = setTimeout(() => stop(), WAIT_MS)
    const stop = () => {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(content, { childList: true, subtree: true })
    return stop
  }, [key])
}
