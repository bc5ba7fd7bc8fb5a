import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementFileKind } from '../../../../shared/comms/agreement-file'
import { trackerFileKind } from '../../../../shared/followup/tracker-file'
import { clientFileKind } from '../../../../shared/library/client-file'
import type { FileKind } from '../../../../shared/library/migrations'
import { migrate } from '../../../../shared/library/migrations'
import { workshopFileKind } from '../../../../shared/workshop/workshop-file'

type Doc = Record<string, unknown>
const fixture = (kind: string, version: number): Doc =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../fixtures', kind, `v${version}.json`), 'utf8'),
  ) as Doc

/** The fixture brought to the current format, so only the twin makes it invalid. */
const current = <T>(fileKind: FileKind<T>, kind: string, version: number) => {
  const outcome = migrate(fileKind, fixture(kind, version))
  if (outcome.status !== 'current') throw new Error(`${kind} v${version} does not load`)
  return structuredClone(outcome.data) as Doc
}

const refused = <T>(fileKind: FileKind<T>, doc: Doc, says: RegExp) => {
  const outcome = migrate(fileKind, doc)
  expect(outcome.status).toBe('invalid')
  if (outcome.status === 'invalid') expect(outcome.reason).toMatch(says)
}

/** A copy of the first item of a list, under another name, so only its key repeats. */
const twin = (list: unknown) => {
  const items = list as Doc[]
  expect(items.length, 'the fixture must have an item to copy').toBeGreaterThan(0)
  return [...items, { ...items[0]! }]
}

describe('every listed entity of every document has an id of its own', () => {
  it('refuses a client with two members of one id', () => {
    const c = current(clientFileKind, 'client', 2)
    refused(clientFileKind, { ...c, members: twin(c['members']) }, /Two members have the same id/)
  })

  it('refuses a workshop with twin activities, goals or participants', () => {
    const w = current(workshopFileKind, 'workshop', 3)
    const board = w['board'] as Doc
    const activity = {
      id: 'activity-1',
      text: 'Weekly lead review',
      kind: 'continue',
      tag: 'joint',
      proposedBy: null,
      ownerId: null,
      dueDate: null,
    }
    const goal = {
      id: 'goal-0001',
      title: 'More qualified leads',
      criteria: '',
      begins: null,
      ends: null,
      activityIds: ['activity-1'],
      confirmed: false,
    }
    const withBoard = (b: Doc) => ({ ...w, board: { ...board, activities: [activity], ...b } })
    expect(migrate(workshopFileKind, withBoard({ goals: [goal] })).status).toBe('current')
    refused(workshopFileKind, withBoard({ activities: [activity, activity] }), /Two activities/)
    refused(workshopFileKind, withBoard({ goals: [goal, { ...goal, title: 'B' }] }), /Two goals/)
    refused(
      workshopFileKind,
      withBoard({ goals: [{ ...goal, activityIds: ['activity-1', 'activity-1'] }] }),
      /“activity-1” is listed twice in a goal’s activities/,
    )
    refused(
      workshopFileKind,
      { ...w, participants: twin(w['participants']) },
      /Two participants have the same memberId/,
    )
  })

  it('refuses an agreement with twin participants', () => {
    const a = current(agreementFileKind, 'agreement', 1)
    refused(
      agreementFileKind,
      { ...a, participants: twin(a['participants']) },
      /Two participants have the same memberId/,
    )
  })

  it('accepts the fixtures as they are', () => {
    for (const [kind, fileKind, v] of [
      ['client', clientFileKind, 2],
      ['workshop', workshopFileKind, 3],
      ['agreement', agreementFileKind, 1],
      ['tracker', trackerFileKind, 1],
    ] as const)
      expect(migrate(fileKind as FileKind<unknown>, fixture(kind, v)).status).toBe('current')
  })
})
