import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyPhoneAnswer } from '../../../../shared/comms/phone-answer'
import { emptyMeetingBoard, emptyPersonalPlan } from '../../../../shared/meeting/meeting'
import type { ParticipantView } from '../../../../shared/participants/contract'
import { join, post, secretOf, startRoomCore } from './room-fixture'

const PLAN = [{ name: 'Channels', prompt: 'How do you like to be reached?', minutes: 30 }]

/** Phones in a communication session and an action-plan meeting, over HTTP, as the app runs them. */
describe('team devices beyond the goal workshop', () => {
  let room: Awaited<ReturnType<typeof startRoomCore>>
  beforeAll(async () => {
    room = await startRoomCore(3)
  })
  afterAll(async () => {
    await room.devices.close()
    await room.env.cleanup()
  })

  /** Devices on for a session, and one phone per member in `claim`, each with its name. */
  const phones = async (workshopId: string, claim: string[]) => {
    const { clientId } = room.ids
    const status = await room.call('devices:start', { clientId, workshopId, address: '127.0.0.1' })
    const tokens: string[] = []
    for (const memberId of claim) {
      const token = await join(status.address, secretOf(status.joinUrl))
      const r = await post(status.address, '/call/name:claim', { memberId }, token)
      expect(r.status).toBe(200)
      tokens.push(token)
    }
    // A phone whose server has gone gets no answer at all: that is a refusal too.
    const ask = async (token: string, name: string, input: unknown) => {
      const r = await post(status.address, `/call/${name}`, input, token).catch(() => null)
      if (!r) return { status: 0, ok: false, code: 'UNREACHABLE', view: null as never }
      const body = r.json()
      return {
        status: r.status,
        ok: body.ok,
        code: body.error?.code,
        view: body.value as ParticipantView,
      }
    }
    return { origin: status.address, tokens, ask }
  }

  it('rates, gives hours and acknowledges from phones, each for the phone’s own name only', async () => {
    const { clientId, memberIds } = room.ids
    const [ana, ben] = memberIds as [string, string]
    const agreement = await room.call('agreements:create', {
      clientId,
      title: 'How we reach each other',
      participantIds: memberIds,
      timeZone: 'Europe/Berlin',
    })
    const comms = await room.call('agreements:startSession', {
      clientId,
      agreementId: agreement.id,
      plan: PLAN,
    })
    await room.call('session:control', { clientId, workshopId: comms.id, action: 'start' })
    const { tokens, ask, origin } = await phones(comms.id, [ana, ben])
    // A communication session has no goal sheet to hand out.
    expect((await post(origin, '/sheet', {}, tokens[0])).status).toBe(409)

    const rated = await ask(tokens[0]!, 'comms:ratings', {
      ratings: { phone: { score: 5, note: 'Fastest 📞' }, email: { score: 2, note: '' } },
    })
    expect(rated.ok).toBe(true)
    expect(rated.view.comms?.sent).toBe('waiting')
    const hours = {
      timeZone: 'America/Sao_Paulo',
      workDays: [1, 2, 3, 4, 5],
      workStart: '08:30',
      workEnd: '17:30',
      weeklyOffGrid: [
        { id: 'block-abc123', day: 2, start: '14:00', end: '16:00', label: 'Visits' },
      ],
    }
    expect((await ask(tokens[1]!, 'comms:availability', { availability: hours })).ok).toBe(true)
    // Nobody speaks for someone else: a member id in the input is refused, whatever it names.
    const forOther = await ask(tokens[1]!, 'comms:ratings', {
      ratings: { phone: { score: 1, note: '' } },
      memberId: ana,
    })
    expect(forOther).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(
      (await ask(tokens[0]!, 'comms:ratings', { ratings: { phone: { score: 9, note: '' } } })).code,
    ).toBe('VALIDATION')

    // The console takes them in through its editor, as the comms screen does, and saves.
    const status = (await room.call('devices:status', {}))!
    expect(status.phoneComms.map((a) => a.memberId)).toEqual([ana, ben])
    const { agreement: stored } = await room.call('agreements:get', {
      clientId,
      agreementId: agreement.id,
    })
    let draft = { ratings: stored.ratings, terms: stored.terms }
    for (const answer of status.phoneComms) {
      draft = applyPhoneAnswer(draft, answer)
      await room.call('devices:takeComms', { memberId: answer.memberId, seq: answer.seq })
    }
    await room.call('agreements:save', { clientId, agreementId: agreement.id, ...draft })
    const saved = (await room.call('agreements:get', { clientId, agreementId: agreement.id }))
      .agreement
    expect(saved.ratings[ana]).toEqual({
      phone: { score: 5, note: 'Fastest 📞' },
      email: { score: 2, note: '' },
    })
    expect(saved.ratings[ben] ?? {}).toEqual({})
    expect(saved.terms.people.find((p) => p.memberId === ben)).toMatchObject(hours)
    expect((await room.call('devices:status', {}))!.phoneComms).toEqual([])

    // Acknowledging the published version records what the console's acknowledgement records.
    await room.call('agreements:publish', { clientId, agreementId: agreement.id, note: '' })
    const ack = await ask(tokens[0]!, 'comms:acknowledge', { version: 1 })
    expect(ack.ok).toBe(true)
    expect(ack.view.comms?.agreement?.acknowledgedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const published = (await room.call('agreements:get', { clientId, agreementId: agreement.id }))
      .agreement.versions[0]!
    expect(Object.keys(published.acknowledgements)).toEqual([ana])
    expect((await room.call('devices:status', {}))!.answers.map((a) => a.what)).toContain(
      'acknowledged version 1',
    )

    await room.call('session:control', { clientId, workshopId: comms.id, action: 'finish' })
    expect(await room.call('devices:status', {})).toBeNull()
    const after = await ask(tokens[0]!, 'comms:ratings', {
      ratings: { phone: { score: 3, note: '' } },
    })
    expect(after.ok).toBe(false)
  })

  it('reports the status of one’s own earlier commitments from the phone, and no one else’s', async () => {
    const { clientId, memberIds } = room.ids
    const [ana, ben] = memberIds as [string, string]
    const first = await room.call('workshops:create', {
      clientId,
      kind: 'actions',
      title: 'First round',
      scope: 'joint',
      participantIds: memberIds,
      managerId: null,
      plan: PLAN,
    })
    const plan = (text: string) => ({ ...emptyPersonalPlan(), plan: text })
    await room.call('workshops:saveMeeting', {
      clientId,
      workshopId: first.id,
      meeting: {
        ...emptyMeetingBoard(),
        plans: { [ana]: plan('Call leads'), [ben]: plan('Write the brief') },
      },
    })
    await new Promise((r) => setTimeout(r, 20))
    const second = await room.call('workshops:create', {
      clientId,
      kind: 'actions',
      title: 'Second round',
      scope: 'joint',
      participantIds: memberIds,
      managerId: null,
      plan: PLAN,
    })
    await room.call('session:control', { clientId, workshopId: second.id, action: 'start' })
    const { tokens, ask } = await phones(second.id, [ana])

    const seen = await ask(tokens[0]!, 'me:view', {})
    expect(seen.view.meeting?.items.map((i) => i.text)).toEqual(['Call leads'])
    const own = `meeting:${first.id}:${ana}`
    const done = await ask(tokens[0]!, 'meeting:status', {
      itemKey: own,
      status: 'done',
      note: 'Since May',
    })
    expect(done.ok).toBe(true)
    expect(done.view.meeting?.items[0]).toMatchObject({ status: 'done', note: 'Since May' })
    const other = await ask(tokens[0]!, 'meeting:status', {
      itemKey: `meeting:${first.id}:${ben}`,
      status: 'dropped',
      note: '',
    })
    expect(other).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    const { tracker } = await room.call('followup:get', { clientId })
    expect(tracker.updates.map((u) => [u.itemKey, u.status, u.recordedAt.id])).toEqual([
      [own, 'done', second.id],
    ])
    await room.call('devices:stop', {})
    expect(
      (await ask(tokens[0]!, 'meeting:status', { itemKey: own, status: 'missed', note: '' })).ok,
    ).toBe(false)
  })
})
