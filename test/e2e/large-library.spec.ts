import { generatedClients, writeClients } from '../support/generated-library'
import { expect, test } from './fixtures'

const ACCENTED = 'Łódzka Spółdzielnia Mleczarska Żółw'

test('a library of 10,000 clients opens to a usable list, and search finds a client by an accented name', async ({
  app,
}) => {
  // Written while the app runs without an index for them: the restart has to build it.
  await writeClients(app.dataDir, generatedClients(10_000, [ACCENTED, 'Zoë Ørsted Design']))
  const page = await app.restart()

  // The app opens at once and reads the files in the background, saying so; the list fills in.
  const list = page.getByRole('list', { name: 'Clients' })
  await expect(list.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('status', { name: 'Reading the library' })).toHaveCount(0, {
    timeout: 120_000,
  })
  // Only what is in view is in the page: the list stays light however many clients there are.
  const rendered = await list.getByRole('listitem').count()
  expect(rendered).toBeGreaterThan(3)
  expect(rendered).toBeLessThan(60)
  // Active clients only by default: every row says its place in the whole list.
  const setSize = Number(await list.getByRole('listitem').first().getAttribute('aria-setsize'))
  expect(setSize).toBeGreaterThan(8_000)

  await page.screenshot({ path: 'test-results/screens/large-library.png' })

  const search = page.getByRole('searchbox', { name: 'Search clients' })
  await search.pressSequentially('łódzka spół')
  await expect(list.getByRole('link')).toHaveText([ACCENTED])
  // Without the accents, as a person types on a keyboard that has none.
  await search.fill('')
  await search.pressSequentially('mleczarska zolw')
  await expect(list.getByRole('link')).toHaveText([ACCENTED])
  await page.screenshot({ path: 'test-results/screens/large-library-search.png' })
  await page.getByRole('link', { name: ACCENTED }).click()
  await expect(page.getByRole('heading', { level: 1, name: ACCENTED })).toBeVisible()
})
