import type { Page } from '@playwright/test'

/** What the room can read of the board right now, measured in the audience page. */
export interface BoardReading {
  /** Texts of the items inside the viewport, each with its font size as a share of the height. */
  visible: { text: string; share: number }[]
  /** Board elements whose content is larger than their box: cut off. */
  cut: string[]
  indicator: string
}

export const readBoard = (page: Page, itemSelector: string): Promise<BoardReading> =>
  page.evaluate((selector) => {
    const vh = window.innerHeight
    const vw = window.innerWidth
    const visible = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return (
          r.width > 0 && r.top >= 0 && r.bottom <= vh + 0.5 && r.left >= 0 && r.right <= vw + 0.5
        )
      })
      .map((el) => ({
        text: el.dataset['itemText'] ?? el.textContent ?? '',
        share: parseFloat(getComputedStyle(el).fontSize) / vh,
      }))
    const body = document.querySelector('.audience-body')
    const cut = [...(body?.querySelectorAll<HTMLElement>('*') ?? [])]
      .filter(
        (el) =>
          el.scrollHeight > el.clientHeight + 1 ||
          (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline'),
      )
      .filter((el) => el.clientHeight > 0)
      .map(
        (el) =>
          `${el.tagName}.${el.className} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
      )
    const indicator = document.querySelector('[aria-label="Board pages"]')?.textContent ?? ''
    return { visible, cut, indicator }
  }, itemSelector)

/** "Page 2 of 3 · +7 more" → { page: 2, of: 3, more: 7 }; one page when it says nothing. */
export const parseIndicator = (text: string) => {
  const m = /Page (\d+) of (\d+)(?: · \+(\d+) more)?/.exec(text)
  return m
    ? { page: Number(m[1]), of: Number(m[2]), more: Number(m[3] ?? 0) }
    : { page: 1, of: 1, more: 0 }
}
