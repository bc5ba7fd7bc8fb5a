import { describe, expect, it } from 'vitest'
import { ana, ben, cleo, tracker } from '../../../support/followup-fixtures'
import {
  alignmentTrend,
  summarizeAlignment,
  upsertAlignment,
} from '../../../../shared/followup/alignment'
import type { AlignmentCheck } from '../../../../shared/followup/tracker'
import { TrackerFile } from '../../../../shared/followup/tracker'

const check = (
  id: string,
  at: string,
  answers: AlignmentCheck['answers'],
  contextId = 'ws-goals-1',
): AlignmentCheck => ({ id, at, context: { kind: 'workshop', id: contextId }, answers })

describe('summarizeAlignment', () => {
  it('averages the answers given, per question and over the questions', () => {
    const summary = summarizeAlignment(
      check('check-0001', '2026-02-01T10:00:00Z', {
        [ana.memberId]: {
          together: 2,
          open: 3,
          communication: 4,
          'same-direction': 2,
          'same-page': 1,
        },
        [ben.memberId]: { together: 4, open: 4 },
        [cleo.memberId]: {},
      }),
    )
    expect(summary).toEqual({
      checkId: 'check-0001',
      at: '2026-02-01T10:00:00Z',
      context: { kind: 'workshop', id: 'ws-goals-1' },
      respondents: 2,
      perQuestion: {
        together: 3,
        open: 3.5,
        communication: 4,
        'same-direction': 2,
        'same-page': 1,
      },
      overall: (3 + 3.5 + 4 + 2 + 1) / 5,
    })
  })

  it('leaves unanswered questions, and the overall of an empty check, null', () => {
    const partial = summarizeAlignment(
      check('check-0001', '2026-02-01T10:00:00Z', { [ana.memberId]: { open: 5 } }),
    )
    expect(partial.perQuestion).toEqual({
      together: null,
      open: 5,
      communication: null,
      'same-direction': null,
      'same-page': null,
    })
    expect(partial.overall).toBe(5)
    const empty = summarizeAlignment(check('check-0002', '2026-02-01T10:00:00Z', {}))
    expect(empty).toMatchObject({ respondents: 0, overall: null })
  })
})

describe('alignmentTrend', () => {
  it('is oldest first and leaves out checks nobody answered', () => {
    const later = check(
      'check-0002',
      '2026-04-01T10:00:00Z',
      { [ana.memberId]: { together: 4 } },
      'ws-goals-2',
    )
    const earlier = check('check-0001', '2026-02-01T10:00:00Z', { [ana.memberId]: { together: 2 } })
    const blank = check('check-0003', '2026-03-01T10:00:00Z', { [ben.memberId]: {} }, 'ws-goals-3')
    const trend = alignmentTrend(tracker({ alignment: [later, blank, earlier] }))
    expect(trend.map((s) => [s.checkId, s.overall])).toEqual([
      ['check-0001', 2],
      ['check-0002', 4],
    ])
    expect(alignmentTrend(tracker())).toEqual([])
  })
})

describe('upsertAlignment', () => {
  const first = {
    context: { kind: 'workshop' as const, id: 'ws-goals-1' },
    answers: { [ana.memberId]: { together: 2 } },
  }

  it('appends a check for a new context', () => {
    const next = upsertAlignment(tracker(), first, 'check-0001', '2026-02-01T10:00:00Z')
    expect(next.alignment).toEqual([{ id: 'check-0001', at: '2026-02-01T10:00:00Z', ...first }])
    expect(TrackerFile.safeParse(next).success).toBe(true)
  })

  it('replaces the check of the same context and keeps its id', () => {
    const once = upsertAlignment(tracker(), first, 'check-0001', '2026-02-01T10:00:00Z')
    const review = { context: { kind: 'review' as const, id: 'ws-goals-1' }, answers: {} }
    const twice = upsertAlignment(once, review, 'check-0002', '2026-02-02T10:00:00Z')
    const again = { ...first, answers: { [ana.memberId]: { together: 4 } } }
    const thrice = upsertAlignment(twice, again, 'check-0003', '2026-02-03T10:00:00Z')
    expect(thrice.alignment.map((c) => [c.id, c.context.kind, c.at])).toEqual([
      ['check-0001', 'workshop', '2026-02-03T10:00:00Z'],
      ['check-0002', 'review', '2026-02-02T10:00:00Z'],
    ])
    expect(thrice.alignment[0]?.answers).toEqual(again.answers)
    expect(once.alignment).toHaveLength(1)
  })
})
