import type { Page } from '@playwright/test'
import type { Channel, Input, Output } from '../../shared/api/contract'

/**
 * Calls the running app's contract from the page, with the page's own token: for seeding a large
 * board quickly. What a spec checks is still driven through the UI.
 */
export const callApi = async <K extends Channel>(page: Page, channel: K, input: Input<K>) => {
  const result = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('smartketing.token') ?? ''
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      return response.json()
    },
    [channel, input] as const,
  )
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as Output<K>
}
