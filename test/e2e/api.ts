import type { Page } from '@playwright/test'
import type { Channel, Input, Output } from '../../shared/api/contract'
import { DEFAULT_COMMS_PLAN } from '../../shared/comms/defaults'

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

/**
 * From a client's page: an agreement for its whole team and a communication session of it, opened
 * on the console. The specs that need one are about what happens in the session, not its setup.
 */
export const openCommsSession = async (page: Page) => {
  const clientId = /clients\/([^/]+)/.exec(page.url())![1]!
  const { client } = await callApi(page, 'clients:get', { clientId })
  const agreement = await callApi(page, 'agreements:create', {
    clientId,
    title: 'How we reach each other',
    participantIds: client.members.map((m) => m.id),
    timeZone: 'Europe/Berlin',
  })
  const comms = await callApi(page, 'agreements:startSession', {
    clientId,
    agreementId: agreement.id,
    plan: DEFAULT_COMMS_PLAN,
  })
  await page.goto(`${new URL(page.url()).origin}/#/clients/${clientId}/workshops/${comms.id}`)
  return { clientId, client, agreement, comms }
}
