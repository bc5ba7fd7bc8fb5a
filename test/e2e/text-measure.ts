import type { Page } from '@playwright/test'

/** Every visible text element's font size, and its contrast against the background it sits on. */
export const measureText = (page: Page) =>
  page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const lum = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
    }
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor)
        if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3)
      }
      return [255, 255, 255]
    }
    const out: { text: string; size: number; contrast: number }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!
      const text = node.textContent?.trim() ?? ''
      const box = el.getBoundingClientRect()
      if (!text || box.width === 0 || el.closest('.visually-hidden')) continue
      const style = getComputedStyle(el)
      const [a, b] = [lum(rgb(style.color)), lum(background(el))]
      out.push({
        text,
        size: parseFloat(style.fontSize),
        contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      })
    }
    return out
  })
