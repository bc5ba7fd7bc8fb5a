import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { setTheme } from './steps'

/** The colours a theme paints and the font the page really draws its text with. */
const looks = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready
    const body = getComputedStyle(document.body)
    const faces: { family: string; status: string }[] = []
    document.fonts.forEach((f) => faces.push({ family: f.family, status: f.status }))
    return { background: body.backgroundColor, text: body.color, family: body.fontFamily, faces }
  })

test('light, dark and projector themes each paint the app, in fonts that ship with it', async ({
  app,
}) => {
  const page = app.page
  const fontRequests: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fontRequests.push(r.url())
  })
  await page.getByRole('button', { name: 'Show me a sample client' }).click()
  await expect(page.getByRole('cell', { name: /Aiko Tanaka/ })).toBeVisible()

  const seen = new Map<string, { background: string; text: string }>()
  for (const [id, label] of [
    ['light', 'Light'],
    ['dark', 'Dark'],
    ['projector', 'Projector (high contrast)'],
  ] as const) {
    await setTheme(page, label)
    await expect(page.locator('html')).toHaveAttribute('data-theme', id)
    const now = await looks(page)
    expect(now.family).toMatch(/^"Smartketing Sans"/)
    seen.set(id, { background: now.background, text: now.text })
  }
  const backgrounds = new Set([...seen.values()].map((s) => s.background))
  expect(backgrounds.size, JSON.stringify([...seen])).toBe(3)

  // The bundled faces did the drawing: Latin text, and the Japanese name on the team table.
  const { faces } = await looks(page)
  const loaded = faces.filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''))
  expect(loaded).toContain('Smartketing Sans')
  expect(loaded).toContain('Smartketing Fallback')
  expect(fontRequests.length).toBeGreaterThan(0)
  // The Japanese fallback goes out in pieces (scripts/font-slices.mjs): a name reads a piece or
  // two, never the whole 5 MB font, whose reading held the window for a tenth of a second.
  const japanese = fontRequests.filter((url) => url.includes('NotoSansJP'))
  expect(japanese.length).toBeGreaterThan(0)
  expect(japanese.filter((url) => !/NotoSansJP_400Regular-piece-\d+-/.test(url))).toEqual([])
  const origin = new URL(page.url()).origin
  expect(fontRequests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([])
  await setTheme(page, 'Light')
})
