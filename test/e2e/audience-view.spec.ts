import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  addActivity,
  createWorkshop,
  openAudience,
  pressShortcut,
  seedClient,
  setTheme,
} from './steps'

/** Every visible text element's font size, and its contrast against the background it sits on. */
const measureText = (page: Page) =>
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

test('the audience view reads from the back row: big clock, large text, strong contrast, no controls', async ({
  app,
}) => {
  const page = app.page
  await seedClient(page)
  await createWorkshop(page)
  await pressShortcut(page, 'ArrowRight')
  await addActivity(page, 'Joint pipeline review every Friday', 'Continue', 'Ana Souza')
  await addActivity(page, 'Leads passed on without notes', 'Stop', 'Chloé Martin')
  const audience = await openAudience(page)
  await expect(audience.getByText('Joint pipeline review every Friday')).toBeVisible()

  const digits = await audience.getByRole('timer').boundingBox()
  expect(digits!.height).toBeGreaterThanOrEqual(0.2 * 720)
  for (const t of await measureText(audience)) {
    expect(t.size, `“${t.text}” is too small for the back row`).toBeGreaterThanOrEqual(0.035 * 720)
  }
  await expect(audience.getByRole('button')).toHaveCount(0)
  await expect(audience.getByRole('textbox')).toHaveCount(0)
  await expect(audience.getByText('Up next')).toHaveCount(0)

  await setTheme(page, 'Projector (high contrast)')
  await expect(audience.locator('html')).toHaveAttribute('data-theme', 'projector')
  for (const t of await measureText(audience)) {
    expect(t.contrast, `“${t.text}” contrast`).toBeGreaterThanOrEqual(7)
  }
})
