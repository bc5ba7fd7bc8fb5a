import type { RefObject } from 'react'
import { useLayoutEffect, useState, useSyncExternalStore } from 'react'

export type Axis = 'y' | 'x'

const sizeOf = (el: HTMLElement, axis: Axis) => (axis === 'y' ? el.clientHeight : el.clientWidth)

/**
 * Where each page starts, given the items (`[data-page-item]` inside `el`) as laid out in full:
 * as many whole items per page as the box holds. An item larger than the box gets a page alone.
 */
export const splitPages = (
  el: HTMLElement,
  axis: Axis,
  selector = '[data-page-item]',
): number[] => {
  const items = [...el.querySelectorAll<HTMLElement>(selector)]
  if (items.length === 0) return [0]
  const box = el.getBoundingClientRect()
  const startOf = (r: DOMRect) => (axis === 'y' ? r.top : r.left)
  const endOf = (r: DOMRect) => (axis === 'y' ? r.bottom : r.right)
  const rects = items.map((i) => i.getBoundingClientRect())
  // What comes before the first item (a table's header, padding) is there on every page.
  const lead = startOf(rects[0]!) - startOf(box)
  const room = sizeOf(el, axis) - lead
  const starts = [0]
  let pageStart = startOf(rects[0]!)
  rects.forEach((r, i) => {
    if (i > starts.at(-1)! && endOf(r) - pageStart > room + 0.5) {
      // Items side by side in a grid row turn the page together: a row split across two pages
      // would pair its items differently there, and their heights with them.
      let start = i
      if (axis === 'y')
        while (start - 1 > starts.at(-1)! && rects[start - 1]!.top === rects[start]!.top) start--
      starts.push(start)
      pageStart = startOf(rects[start]!)
    }
  })
  return starts
}

let fontLoads = 0
const subscribeFonts = (onChange: () => void) => {
  const done = () => {
    fontLoads += 1
    onChange()
  }
  document.fonts?.addEventListener('loadingdone', done)
  return () => document.fonts?.removeEventListener('loadingdone', done)
}

/**
 * Fonts load when text first needs them, so text measured before they arrive is measured again
 * after each batch of fonts has loaded.
 */
export const useFontsSettled = () =>
  useSyncExternalStore(
    subscribeFonts,
    () => fontLoads,
    () => 0,
  )

/**
 * Pages for the items inside `ref`: null while measuring, when every item is rendered so it can
 * be measured (before the browser paints), then the start index of each page. Measured again
 * whenever `content` is a new value or the box changes size.
 */
export const usePageStarts = (
  ref: RefObject<HTMLElement | null>,
  content: unknown,
  axis: Axis = 'y',
): number[] | null => {
  const fonts = useFontsSettled()
  const [box, setBox] = useState(-1)
  const [measured, setMeasured] = useState<{
    content: unknown
    box: number
    fonts: number
    starts: number[]
  } | null>(null)

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(() => setBox(sizeOf(el, axis)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, axis])

  const fresh =
    measured !== null &&
    measured.content === content &&
    measured.box === box &&
    measured.fonts === fonts
  useLayoutEffect(() => {
    if (fresh) return
    const el = ref.current
    if (!el) return
    const size = sizeOf(el, axis)
    setBox(size)
    setMeasured({ content, box: size, fonts, starts: splitPages(el, axis) })
  }, [fresh, ref, axis, content, fonts])
  return fresh ? measured.starts : null
}

export const mod = (n: number, m: number) => ((n % m) + m) % m

/** Page starts from item heights: whole items per page, the gap between them counted. */
export const startsFromHeights = (heights: number[], room: number, gap: number): number[] => {
  const starts = [0]
  let used = 0
  heights.forEach((h, i) => {
    const first = i === starts.at(-1)
    if (!first && used + gap + h > room + 0.5) {
      starts.push(i)
      used = h
    } else used += first ? h : gap + h
  })
  return starts
}

interface HeightCache {
  width: number
  fonts: number
  lead: number
  gap: number
  heights: Map<string, number>
}

/**
 * Pages for a vertical list whose items each say what their size depends on (`sizeKeys`, one per
 * item, also set as `data-size-key`). An item's height is measured once, so a list of two hundred
 * that gains one item measures one item, not two hundred. Returns the page starts, or null while
 * the items it has not measured yet are rendered (alone) to be measured before paint.
 */
export const useCachedPageStarts = (
  ref: RefObject<HTMLElement | null>,
  sizeKeys: readonly string[],
): { starts: number[] | null; measuring: number[] } => {
  const fonts = useFontsSettled()
  const [box, setBox] = useState({ width: -1, height: -1 })
  const [cache, setCache] = useState<HeightCache | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(() =>
      setBox({ width: el.clientWidth, height: el.clientHeight }),
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  const valid = cache !== null && cache.width === box.width && cache.fonts === fonts
  const missing = sizeKeys.flatMap((k, i) => (valid && cache.heights.has(k) ? [] : [i]))
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || (valid && missing.length === 0 && box.width >= 0)) return
    const width = el.clientWidth
    const items = [...el.querySelectorAll<HTMLElement>('[data-size-key]')]
    const wanted = new Set(sizeKeys)
    const heights = new Map([...(valid ? cache.heights : [])].filter(([k]) => wanted.has(k)))
    for (const item of items)
      heights.set(item.dataset['sizeKey']!, item.getBoundingClientRect().height)
    const first = items[0]
    const lead = first ? first.getBoundingClientRect().top - el.getBoundingClientRect().top : 0
    const gap = first?.parentElement
      ? parseFloat(getComputedStyle(first.parentElement).rowGap) || 0
      : 0
    setBox({ width, height: el.clientHeight })
    setCache({
      width,
      fonts,
      lead: valid && cache.heights.size > 0 ? cache.lead : lead,
      gap: valid && cache.heights.size > 0 ? cache.gap : gap,
      heights,
    })
  }, [ref, valid, missing.length, box.width, sizeKeys, cache, fonts])
  if (!valid || missing.length > 0 || box.height < 0) return { starts: null, measuring: missing }
  const heights = sizeKeys.map((k) => cache.heights.get(k)!)
  return { starts: startsFromHeights(heights, box.height - cache.lead, cache.gap), measuring: [] }
}
