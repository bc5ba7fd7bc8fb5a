import { dispatch } from '../electron/services/dispatch'
import type { Channel, Input, Output } from '../shared/api/contract'
import type { Result } from '../shared/api/result'
import { startTempCore } from '../test/support/temp-core'
import { size } from './mode'
import { median } from './stats'

/**
 * A person's goal sheet exported as the app does it: over the contract (input checked, workshop
 * read, sheets built), rendered in the warm worker, written durably to a file. Each export is
 * another person's sheet of a four-person workshop.
 */
export const exportOverContractMs = async () => {
  // An idle worker never keeps a process alive by itself (the app has its windows for that).
  const alive = setInterval(() => undefined, 1_000)
  const env = await startTempCore()
  try {
    const call = async <K extends Channel>(name: K, input: Input<K>) => {
      const r = (await dispatch(env.handlers, name, input)) as Result<Output<K>>
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
      return r.value
    }
    const client = await call('clients:create', { name: 'Ørsted & Co' })
    const people = [
      ['Zoë Šimková', 'sales'],
      ['Jonas Müller', 'marketing'],
      ['Aoife Dubois', 'sales'],
      ['Ola Nordmann', 'management'],
    ] as const
    const ids: string[] = []
    for (const [name, department] of people)
      ids.push(
        (await call('members:add', { clientId: client.id, member: { name, department } })).id,
      )
    const workshop = await call('workshops:create', {
      clientId: client.id,
      title: 'Spring goals',
      scope: 'joint',
      participantIds: ids.slice(0, 3),
      managerId: ids[3]!,
      plan: [{ name: 'Goals', prompt: 'Set them', minutes: 15 }],
    })
    await env.core.pdf.warm()
    const times: number[] = []
    for (let i = 0; i < size(30, 3); i++) {
      const start = performance.now()
      await call('pdf:export', {
        clientId: client.id,
        workshopId: workshop.id,
        kind: 'member',
        memberId: ids[i % 3]!,
        pageSize: 'A4',
        open: false,
      })
      times.push(performance.now() - start)
    }
    return median(times)
  } finally {
    await env.cleanup()
    clearInterval(alive)
  }
}
