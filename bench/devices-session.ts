import { callHost } from './host-client'

type Host = { url: string; token: string }

const FIRST = ['Ana', 'Björn', 'Chloé', 'Dmitri', 'Fatima', 'Gao', 'Eva', 'Kwame', 'Łucja', 'Ngozi']
const LAST = ['Souza', 'Ek', 'Martin', 'Volkov']

/** What the real phone proposes: several scripts and lengths, so no two paints are alike. */
export const PHONE_TEXTS = [
  'Stop sending leads without a note on what the buyer asked',
  'Keine Kampagne ohne Briefing für den Vertrieb',
  'Прекратить холодные звонки без подготовки',
  '会議の前に資料を共有しない習慣をやめる',
  'إيقاف العروض بدون موافقة التسويق',
  'Stop the Friday report nobody reads 📉',
  'No more duplicate webinar invitations',
]
const SIMULATED = [
  'Share the weekly lead list',
  'Call webinar attendees within two days',
  'Gemeinsame Definition eines qualifizierten Leads',
  'Обзор потерянных сделок раз в месяц',
  '展示会の名刺を一週間以内にCRMへ',
  'Customer stories in every newsletter ✨',
]

/** A simulated phone's n-th proposal: Continue or Improve (the real phone proposes Stop). */
export const simulatedProposal = (phone: number, n: number) => ({
  text: `${SIMULATED[(phone + n) % SIMULATED.length]} — ${phone + 1}.${n + 1}`,
  kind: (phone + n) % 2 ? 'continue' : 'improve',
  tag: (['sales', 'marketing', 'joint'] as const)[(phone * 3 + n) % 3],
})

/**
 * A client with a team of `people`, a running goal session for all of them, and team devices on
 * the loopback interface, accepting proposals automatically, the board on the projector.
 */
export const devicesSession = async (host: Host, people: number) => {
  const client = (await callHost(host, 'clients:create', { name: 'Bench Devices GmbH' })) as {
    id: string
  }
  const names = Array.from(
    { length: people },
    (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
  )
  const memberIds: string[] = []
  for (const name of names) {
    const member = (await callHost(host, 'members:add', {
      clientId: client.id,
      member: { name, department: memberIds.length % 2 ? 'marketing' : 'sales' },
    })) as { id: string }
    memberIds.push(member.id)
  }
  const workshop = (await callHost(host, 'workshops:create', {
    clientId: client.id,
    title: 'Devices bench',
    scope: 'joint',
    participantIds: memberIds,
    managerId: null,
    plan: [{ name: 'Activities', prompt: 'Keep, stop, improve', minutes: 60 }],
  })) as { id: string }
  const ids = { clientId: client.id, workshopId: workshop.id }
  await callHost(host, 'session:control', { ...ids, action: 'start' })
  const status = (await callHost(host, 'devices:start', { ...ids, address: '127.0.0.1' })) as {
    joinUrl: string
    address: string
  }
  await callHost(host, 'devices:autoAccept', { on: true })
  await callHost(host, 'devices:project', { show: 'board' })
  return {
    names,
    memberIds,
    joinUrl: status.joinUrl,
    origin: status.address,
    secret: status.joinUrl.split('#k=')[1]!,
    consoleHash: `#/clients/${client.id}/workshops/${workshop.id}`,
  }
}
