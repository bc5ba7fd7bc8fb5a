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
  })

  it('names the plan template’s phases and total length, since it has no date to compare', () => {
    const phase = (name: string, minutes: number) => ({ name, prompt: '', minutes })
    const plan = [
      phase('Purpose', 2),
      phase('Activities', 5),
      phase('Goals', 4.5),
      phase('Owners', 2),
      phase('Wrap-up', 1.5),
    ]
    expect(describeContents('templates', { schemaVersion: 1, goalWorkshop: plan })).toBe(
      '5 phases, 15 min: Purpose, Activities, Goals, Owners, Wrap-up',
    )
    expect(describeContents('templates', { goalWorkshop: [phase('Warm-up', 0.5)] })).toBe(
      '1 phase, 0.5 min: Warm-up',
    )
  })

  it('keeps a long plan template within 200 characters, cutting between whole phase names', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Phase ${i + 1} ${'x'.repeat(20)}`)
    const text = describeContents('templates', {
      goalWorkshop: names.map((name) => ({ name, prompt: '', minutes: 10 })),
    })!
    expect(text.length).toBeLessThanOrEqual(200)
    expect(text).toMatch(/^12 phases, 120 min: Phase 1 x+, Phase 2 x+, .*, …$/)
    const listed = text.slice(text.indexOf(': ') + 2, -', …'.length).split(', ')
    expect(listed).toEqual(names.slice(0, listed.length))
    expect(describeDocument('templates', { goalWorkshop: [] }).contents).toBe('0 phases, 0 min')
    const giant = describeContents('templates', {
      goalWorkshop: [{ name: 'y'.repeat(300), minutes: 10 }],
    })
    expect(giant).toBe('1 phase, 10 min: …')
  })

  it('reads damaged or foreign documents without throwing', () => {
    const odd = [null, 42, 'text', [], { members: 'many' }, { board: 7 }]
    for (const doc of [...odd, { goalWorkshop: [null, { name: 3, minutes: 'ten' }] }])
      for (const kind of ['client', 'workshop', 'agreement', 'tracker', 'templates'] as const)
        expect(() => describeContents(kind, doc)).not.toThrow()
    expect(describeContents(null, {})).toBeUndefined()
    expect(
      describeContents('templates', { goalWorkshop: [null, { name: 3, minutes: 'ten' }] }),
    ).toBe('2 phases, 0 min')
  })

  it('travels with the side a person compares', () => {
    expect(describeDocument('client', { name: 'Acme', members: [{}] })).toMatchObject({
      title: 'Acme',
      contents: '1 member',
    })
  })
})
