import { describe, expect, it } from 'vitest'
import type { AgreementFile } from '../../../../shared/comms/agreement'
import { defaultTerms } from '../../../../shared/comms/defaults'
import { applyPhoneAnswer } from '../../../../shared/comms/phone-answer'
import type { ItemState } from '../../../../shared/followup/rollup'
import { participantContract } from '../../../../shared/participants/contract'
import { Room } from '../../../../shared/participants/room'
import { ana, ben, cleo, CLIENT, session } from '../../../support/followup-fixtures'
import { failureCode as code, idCounter as counter } from '../../../support/room-kit'

const agreement = (): AgreementFile => ({
  schemaVersion: 1,
  id: 'agreement-1',
  clientId: CLIENT,
  title: 'How we reach each other',
  participants: [ana, ben, cleo],
  createdAt: '2026-03-10T12:00:00.000Z',
  updatedAt: '2026-03-10T12:00:00.000Z',
  revision: 1,
  ratings: { [ben.memberId]: { email: { score: 2, note: 'too slow' } } },
  terms: defaultTerms([ana, ben, cleo], 'Europe/Berlin', counter()),
  versions: [],
})

/** A running communication session with Ana and Ben claimed, and a guest let in. */
const commsRoom = () => {
  const r = new Room(
    session('comms', 'comms-session-1', '2026-03-10', { agreementId: 'agreement-1' }),
    counter(),
  )
  r.parts.followAgreement(agreement())
  for (const d of ['dev-a', 'dev-b', 'dev-g', 'dev-x']) r.addDevice(d)
  r.claim('dev-a', ana.memberId)
  r.claim('dev-b', ben.memberId)
  r.joinAsGuest('dev-g', 'Visitor')
  r.decideGuest(r.status().guests[0]!.id, true)
  return r
}

const HOURS = {
  timeZone: 'Asia/Tokyo',
  workDays: [1, 2, 3, 4],
  workStart: '08:00',
  workEnd: '16:30',
  weeklyOffGrid: [{ id: 'block-000001', day: 3, start: '13:00', end: '17:00', label: 'Visits' }],
}

describe('a communication session from phones', () => {
  it('keeps each phone’s ratings and hours as its own person’s, waiting for the console', () => {
    const r = commsRoom()
    r.parts.rate(r.member('dev-a'), { phone: { score: 5, note: 'fast' } })
    r.parts.setAvailability(r.member('dev-b'), HOURS)
    const waiting = r.status().phoneComms
    expect(waiting.map((w) => [w.name, !!w.ratings, !!w.availability])).toEqual([
      ['Ana', true, false],
      ['Ben', false, true],
    ])
    expect(r.viewFor('dev-a').comms).toMatchObject({
      sent: 'waiting',
      ratings: { phone: { score: 5, note: 'fast' } },
    })
    // Ben's phone shows Ben's stored rating, never Ana's.
    expect(r.viewFor('dev-b').comms?.ratings).toEqual({ email: { score: 2, note: 'too slow' } })
    expect(r.viewFor('dev-b').comms?.availability?.timeZone).toBe('Asia/Tokyo')
    expect(r.status().answers.map((a) => a.name)).toEqual(['Ana', 'Ben'])
  })

  it('refuses guests, unnamed phones, unknown channels and zones, and any answer after the end', () => {
    const r = commsRoom()
    expect(code(() => r.member('dev-g'))).toBe('FORBIDDEN')
    expect(code(() => r.member('dev-x'))).toBe('FORBIDDEN')
    expect(code(() => r.parts.rate(ana.memberId, { 'custom-fax': { score: 3, note: '' } }))).toBe(
      'VALIDATION',
    )
    expect(
      code(() => r.parts.setAvailability(ana.memberId, { ...HOURS, timeZone: 'Mars/Base' })),
    ).toBe('VALIDATION')
    const w = session('comms', 'comms-session-1', '2026-03-10', { agreementId: 'agreement-1' })
    r.follow({ ...w, timer: { ...w.timer, status: 'finished', finishedAt: 1 } })
    expect(code(() => r.member('dev-a'))).toBe('CONFLICT')
  })

  it('takes an answer once; a newer one sent meanwhile keeps waiting', () => {
    const r = commsRoom()
    r.parts.rate(ana.memberId, { phone: { score: 4, note: '' } })
    const first = r.status().phoneComms[0]!
    r.parts.rate(ana.memberId, { phone: { score: 1, note: 'changed my mind' } })
    r.parts.take(ana.memberId, first.seq)
    expect(r.status().phoneComms).toHaveLength(1)
    const second = r.status().phoneComms[0]!
    r.parts.take(ana.memberId, second.seq)
    expect(r.status().phoneComms).toHaveLength(0)
    expect(r.viewFor('dev-a').comms?.sent).toBe('taken')
  })

  it('acknowledges only the latest published version, for the phone’s own name', () => {
    const r = commsRoom()
    expect(code(() => r.parts.acknowledge(ana.memberId, 1))).toBe('CONFLICT')
    const a = agreement()
    const version = { publishedAt: '2026-03-10T12:10:00.000Z', note: '', terms: a.terms }
    r.parts.followAgreement({
      ...a,
      versions: [
        { ...version, number: 1, acknowledgements: {} },
        { ...version, number: 2, acknowledgements: { [ben.memberId]: version.publishedAt } },
      ],
    })
    expect(code(() => r.parts.acknowledge(ana.memberId, 1))).toBe('CONFLICT')
    expect(r.parts.acknowledge(r.member('dev-a'), 2)).toEqual({
      kind: 'acknowledge',
      memberId: ana.memberId,
      version: 2,
    })
    expect(r.viewFor('dev-a').comms?.agreement).toMatchObject({ version: 2, acknowledgedAt: null })
    expect(r.viewFor('dev-b').comms?.agreement?.acknowledgedAt).toBe(version.publishedAt)
  })

  it('puts a phone’s answer into the agreement as the grid would, keeping what phones do not send', () => {
    const a = agreement()
    const before = a.terms.people.find((p) => p.memberId === ben.memberId)!
    a.terms.people = a.terms.people.map((p) =>
      p.memberId === ben.memberId ? { ...p, urgentChannel: 'phone' } : p,
    )
    const draft = applyPhoneAnswer(
      { ratings: a.ratings, terms: a.terms },
      {
        memberId: ben.memberId,
        name: 'Ben',
        seq: 1,
        ratings: { email: { score: null, note: '' }, phone: { score: 4, note: '' } },
        availability: HOURS,
      },
    )
    expect(draft.ratings[ben.memberId]).toEqual({ phone: { score: 4, note: '' } })
    const after = draft.terms.people.find((p) => p.memberId === ben.memberId)!
    expect(after).toMatchObject({ ...HOURS, urgentChannel: 'phone' })
    expect(after.datedOffGrid).toEqual(before.datedOffGrid)
    expect(draft.terms.people.find((p) => p.memberId === ana.memberId)!.timeZone).toBe(
      'Europe/Berlin',
    )
  })

  it('holds phone input to the facilitator’s schemas: scores 1–5, short notes, known fields', () => {
    const rate = participantContract['comms:ratings'].input
    expect(rate.safeParse({ ratings: { phone: { score: 6, note: '' } } }).success).toBe(false)
    expect(
      rate.safeParse({ ratings: { phone: { score: 3, note: 'x'.repeat(201) } } }).success,
    ).toBe(false)
    const many = Object.fromEntries(
      Array.from({ length: 41 }, (_, i) => [`custom-${i}`, { score: 3, note: '' }]),
    )
    expect(rate.safeParse({ ratings: many }).success).toBe(false)
    expect(
      rate.safeParse({ ratings: { phone: { score: 3, note: '' } }, memberId: ben.memberId })
        .success,
    ).toBe(false)
    const hours = participantContract['comms:availability'].input
    expect(hours.safeParse({ availability: { ...HOURS, workStart: '25:00' } }).success).toBe(false)
    expect(hours.safeParse({ availability: { ...HOURS, memberId: ben.memberId } }).success).toBe(
      false,
    )
    const status = participantContract['meeting:status'].input
    expect(
      status.safeParse({ itemKey: 'meeting:meeting-1:member-ana', status: 'finished', note: '' })
        .success,
    ).toBe(false)
  })
})

const item = (key: string, ownerId: string): ItemState => ({
  key,
  source: 'meeting',
  workshopId: 'meeting-old-1',
  sessionTitle: 'First round',
  sessionDate: '2026-03-01T12:00:00.000Z',
  text: `Plan of ${ownerId}`,
  detail: '',
  ownerId,
  ownerName: null,
  dueDate: null,
  status: 'open',
  note: '',
  updatedAt: null,
  history: [],
})

describe('an action-plan meeting from phones', () => {
  const meetingRoom = () => {
    const r = new Room(session('actions', 'meeting-new-1', '2026-03-10'), counter())
    r.parts.followItems([
      item(`meeting:meeting-old-1:${ana.memberId}`, ana.memberId),
      item(`meeting:meeting-old-1:${ben.memberId}`, ben.memberId),
    ])
    r.addDevice('dev-a')
    r.claim('dev-a', ana.memberId)
    return r
  }

  it('shows each phone only its own earlier commitments', () => {
    const r = meetingRoom()
    expect(r.viewFor('dev-a').meeting?.items.map((i) => i.key)).toEqual([
      `meeting:meeting-old-1:${ana.memberId}`,
    ])
    expect(r.viewFor('dev-a').comms).toBeNull()
    expect(r.viewFor('dev-a').sheet).toBe(false)
  })

  it('lets a person report their own commitment, never someone else’s or one not on the list', () => {
    const r = meetingRoom()
    const own = `meeting:meeting-old-1:${ana.memberId}`
    expect(
      r.parts.reportStatus(r.member('dev-a'), { itemKey: own, status: 'done', note: '' }),
    ).toMatchObject({ kind: 'status', memberId: ana.memberId, itemKey: own })
    const other = `meeting:meeting-old-1:${ben.memberId}`
    expect(
      code(() =>
        r.parts.reportStatus(r.member('dev-a'), { itemKey: other, status: 'done', note: '' }),
      ),
    ).toBe('FORBIDDEN')
    expect(
      code(() =>
        r.parts.reportStatus(ana.memberId, {
          itemKey: 'meeting:meeting-zzz-9:member-ana',
          status: 'missed',
          note: '',
        }),
      ),
    ).toBe('CONFLICT')
  })
})
