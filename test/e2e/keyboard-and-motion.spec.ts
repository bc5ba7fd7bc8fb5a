import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openAudience, pressShortcut, seedClient } from './steps'

/**
 * Beyond axe: the keyboard alone reaches and works every step, each focused control shows its
 * focus ring, nothing moves when the system asks for reduced motion, and the clock speaks to a
 * screen reader through one polite region, once a minute and at changes, never every second.
 */

interface FocusStop {
  tag: string
  name: string
  ring: boolean
}

/** What the focused element is and whether a focus ring is drawn around it. */
const focusStop = (page: Page): Promise<FocusStop> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const name = el.getAttribute('aria-label') ?? (labelled || el.textContent || '').trim()
    // The app draws focus as an outline only, so a resting shadow can never pass for a focus ring.
    return { tag: el.tagName, name: name.slice(0, 60), ring: outline }
  })

/** Presses Tab until `target` has focus, checking the ring of every control passed on the way. */
const tabTo = async (page: Page, target: Locator, passed: FocusStop[]) => {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab')
    passed.push(await focusStop(page))
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error('Tab never reached the control')
}

const withoutRing = (stops: FocusStop[]) =>
  stops.filter((s) => !s.ring || s.name === '').map((s) => `${s.tag} “${s.name}”`)

test('the keyboard alone adds a client, opens a workshop and runs its board, with a focus ring at every stop', async ({
  app,
}) => {
  const page = app.page
  const stops: FocusStop[] = []

  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  stops.push(await focusStop(page))

  await tabTo(page, page.getByLabel('Company name'), stops)
  await page.keyboard.type('Nordlicht Media')
  await page.keyboard.press('Enter')
  // A new screen starts the reading order at its heading, not back at the top of the window.
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Media' })).toBeFocused()

  const member = page.getByRole('form', { name: 'Add a team member' })
  await tabTo(page, member.getByLabel('Name'), stops)
  await page.keyboard.type('Ana Souza')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('cell', { name: 'Ana Souza' }).first()).toBeVisible()

  await tabTo(page, page.getByRole('link', { name: 'New goal workshop' }), stops)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: 'Create workshop' }), stops)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()

  await pressShortcut(page, ' ')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await tabTo(page, page.getByRole('tab', { name: 'Activities', exact: true }), stops)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Activities', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const form = page.getByRole('form', { name: 'Add an activity' })
  await tabTo(page, form.getByLabel('Activity'), stops)
  await page.keyboard.type('Weekly lead hand-over call')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Weekly lead hand-over call', { exact: true }).first()).toBeVisible()

  if (process.env['A11Y_DEBUG']) console.log(stops)
  expect(stops.length).toBeGreaterThan(8)
  expect(withoutRing(stops), 'focused controls without a focus ring or a name').toEqual([])
})

test('with reduced motion asked for, nothing on the console or the projector moves', async ({
  app,
}) => {
  const page = app.page
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await seedClient(page)
  await page.getByRole('link', { name: 'New goal workshop' }).click()
  await page.getByRole('button', { name: 'Create workshop' }).click()
  const audience = await openAudience(page)
  await audience.emulateMedia({ reducedMotion: 'reduce' })
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await pressShortcut(page, 'ArrowRight')
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Activities')
  for (const view of [page, audience]) {
    expect(await view.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    )
    expect(await view.evaluate(() => document.getAnimations().length)).toBe(0)
  }
})

test('a screen reader hears the clock once a minute and at phase changes, not every second', async ({
  app,
}) => {
  const page = app.page
  await seedClient(page)
  await page.getByRole('link', { name: 'New goal workshop' }).click()
  await page.getByRole('button', { name: 'Create workshop' }).click()
  const updates = page.getByRole('status', { name: 'Clock updates' })
  await expect(updates).toHaveAttribute('aria-live', 'polite')
  // The ticking digits themselves are a timer, which screen readers leave silent.
  await expect(page.getByRole('timer', { name: 'Phase time left' })).not.toHaveAttribute(
    'aria-live',
    /polite|assertive/,
  )
  await expect(updates).toHaveText('Phase 1 of 5, Purpose: ready to start, 1 minute left.')

  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(updates).toHaveText('Phase 1 of 5, Purpose: 1 minute left.')
  const digits = page.getByRole('timer', { name: 'Phase time left' })
  const firstDigits = await digits.textContent()
  const heard = new Set<string>()
  for (let i = 0; i < 12; i++) {
    heard.add((await updates.textContent()) ?? '')
    await page.waitForTimeout(250)
  }
  await expect(digits).not.toHaveText(firstDigits ?? '')
  expect([...heard]).toEqual(['Phase 1 of 5, Purpose: 1 minute left.'])

  await pressShortcut(page, 'ArrowRight')
  await expect(updates).toHaveText('Phase 2 of 5, Activities: 5 minutes left.')
  await pressShortcut(page, ' ')
  await expect(updates).toHaveText('Phase 2 of 5, Activities: paused, 5 minutes left.')
})
