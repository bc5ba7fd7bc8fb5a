import { describe, expect, it } from 'vitest'
import { describeContents } from '../../../../shared/portability/describe-contents'
import { describeDocument } from '../../../../shared/portability/document-path'

describe('describeContents', () => {
  it('counts what each kind of document holds, in words', () => {
    expect(describeContents('client', { members: [{}, {}, {}] })).toBe('3 members')
    expect(
      describeContents('workshop', {
        timer: { status: 'finished' },
        board: { activities: [{}, {}], goals: [{}] },
        meeting: null,
      }),
    ).toBe('finished; 2 activities, 1 goal')
    expect(
      describeContents('workshop', {
        timer: { status: 'running' },
        meeting: { ideas: [{}], plans: { a: {}, b: {} } },
      }),
    ).toBe('not finished; 1 idea, 2 plans')
    expect(describeContents('agreement', { participants: [{}], versions: [{}, {}] })).toBe(
      '1 person, version 2 published',
    )
    expect(describeContents('tracker', { updates: [], reviews: [{}] })).toBe(
      '0 status updates, 1 goal review',
    )
    expect(describeContents('templates', { goalWorkshop: [{}, {}, {}, {}, {}] })).toBe('5 phases')
  })

  it('reads damaged or foreign documents without throwing', () => {
    for (const doc of [null, 42, 'text', [], { members: 'many' }, { board: 7 }])
      for (const kind of ['client', 'workshop', 'agreement', 'tracker', 'templates'] as const)
        expect(() => describeContents(kind, doc)).not.toThrow()
    expect(describeContents(null, {})).toBeUndefined()
  })

  it('travels with the side a person compares', () => {
    expect(describeDocument('client', { name: 'Acme', members: [{}] })).toMatchObject({
      title: 'Acme',
      contents: '1 member',
    })
  })
})
