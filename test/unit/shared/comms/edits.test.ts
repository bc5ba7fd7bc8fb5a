import { describe, expect, it } from 'vitest'
import { member } from '../../../support/comms-fixtures'
import type { AgreementTerms, Availability } from '../../../../shared/comms/agreement'
import { ChannelId } from '../../../../shared/comms/agreement'
import { defaultAvailability, defaultTerms } from '../../../../shared/comms/defaults'
import {
  addChannel,
  addDatedBlock,
  addLevel,
  addWeeklyBlock,
  byDepartment,
  channelNameProblem,
  MAX_CHANNELS,
  MAX_LEVELS,
  meanScore,
  moveLevel,
  ratingOf,
  removeBlock,
  removeChannel,
  setRating,
  toggleWorkDay,
  updateDatedBlock,
  updateWeeklyBlock,
} from '../../../../shared/comms/edits'
import type { Participant } from '../../../../shared/workshop/workshop'

const ana = member('Ana', 'sales')
const ben = member('Ben', 'marketing')
const carl = member('Carl', 'management')
const dora = member('Dora', 'other')
const eve = member('Eve', 'sales')

const ids = () => {
  let n = 0
  return () => `level-${++n}`
}
const terms = (people: Participant[] = [ana, ben]): AgreementTerms =>
  defaultTerms(people, 'Europe/Berlin', ids())

/** A fixed sequence of "random" suffixes, so ids are predictable. */
const randoms = (...values: string[]) => {
  let i = 0
  return () => values[i++ % values.length]!
}

describe('setRating', () => {
  it('stores a score and note for one member and channel without touching others', () => {
    const before = { [ben.memberId]: { email: { score: 2, note: '' } } }
    const after = setRating(before, ana.memberId, 'phone', { score: 4 })
    expect(after[ana.memberId]).toEqual({ phone: { score: 4, note: '' } })
    expect(after[ben.memberId]).toBe(before[ben.memberId])
    expect(before[ana.memberId]).toBeUndefined()
  })

  it('keeps the score when only the note changes', () => {
    const once = setRating({}, ana.memberId, 'phone', { score: 5 })
    const twice = setRating(once, ana.memberId, 'phone', { note: 'Calls interrupt deep work' })
    expect(ratingOf(twice, ana.memberId, 'phone')).toEqual({
      score: 5,
      note: 'Calls interrupt deep work',
    })
  })

  it('removes the entry when both score and note are cleared', () => {
    const rated = setRating({}, ana.memberId, 'phone', { score: 3, note: 'ok' })
    const cleared = setRating(rated, ana.memberId, 'phone', { score: null, note: '' })
    expect(cleared[ana.memberId]).not.toHaveProperty('phone')
    expect(ratingOf(cleared, ana.memberId, 'phone')).toEqual({ score: null, note: '' })
  })

  it('keeps the entry while a note remains after the score is cleared', () => {
    const rated = setRating({}, ana.memberId, 'phone', { score: 3, note: 'ok' })
    const cleared = setRating(rated, ana.memberId, 'phone', { score: null })
    expect(cleared[ana.memberId]).toEqual({ phone: { score: null, note: 'ok' } })
  })
})

describe('channelNameProblem', () => {
  it('refuses an empty or blank name', () => {
    expect(channelNameProblem(terms(), '')).toBe('Give the channel a name.')
    expect(channelNameProblem(terms(), '   ')).toBe('Give the channel a name.')
  })

  it('refuses a name already on the list, ignoring case and surrounding spaces', () => {
    expect(channelNameProblem(terms(), 'Email')).toBe('“Email” is already on the list.')
    expect(channelNameProblem(terms(), '  EMAIL ')).toBe('“EMAIL” is already on the list.')
    expect(channelNameProblem(terms(), 'phone call')).toMatch(/already on the list/)
  })

  it('treats a name that differs only by accents as a different name', () => {
    // sensitivity "accent": case-insensitive, but "Émail" is not "Email".
    expect(channelNameProblem(terms(), 'Émail')).toBeNull()
  })

  it('accepts a new name, and refuses any once the list is full', () => {
    expect(channelNameProblem(terms(), 'Slack')).toBeNull()
    let full = terms()
    for (let i = full.channels.length; i < MAX_CHANNELS; i++)
      full = addChannel(full, `Tool ${i}`, false, randoms('x1'))
    expect(full.channels).toHaveLength(MAX_CHANNELS)
    expect(channelNameProblem(full, 'Slack')).toBe(
      `An agreement holds at most ${MAX_CHANNELS} channels.`,
    )
  })
})

describe('addChannel', () => {
  it('makes a readable id from a Latin name, trimmed, in use and not built in', () => {
    const next = addChannel(terms(), '  Microsoft Teams ', true, randoms('zz9'))
    expect(next.channels.at(-1)).toEqual({
      id: 'custom-microsoft-teams',
      name: 'Microsoft Teams',
      fast: true,
      builtIn: false,
      inUse: true,
    })
  })

  it('drops accents from the slug instead of splitting the word', () => {
    const next = addChannel(terms(), 'Jürgen’s Café line', false, randoms('zz9'))
    expect(next.channels.at(-1)?.id).toBe('custom-jurgen-s-cafe-line')
  })

  it('uses a random id for a name with no Latin letters, such as “微信”', () => {
    const next = addChannel(terms(), '微信', true, randoms('a1b2c3'))
    const added = next.channels.at(-1)!
    expect(added).toMatchObject({ id: 'custom-a1b2c3', name: '微信' })
    expect(ChannelId.safeParse(added.id).success).toBe(true)
  })

  it('adds a suffix when the slug is taken, and a new one when that is taken too', () => {
    const random = randoms('aaa111', 'aaa111', 'bbb222')
    const once = addChannel(terms(), 'Slack', true, random)
    const twice = addChannel(once, 'slack!', true, random)
    expect(twice.channels.at(-1)?.id).toBe('custom-slack-aaa111')
    const thrice = addChannel(twice, 'SLACK', true, random)
    expect(thrice.channels.at(-1)?.id).toBe('custom-slack-bbb222')
    expect(new Set(thrice.channels.map((c) => c.id)).size).toBe(thrice.channels.length)
  })

  it('keeps ids of very long names valid', () => {
    const next = addChannel(terms(), 'a '.repeat(100), false, randoms('q'))
    const id = next.channels.at(-1)!.id
    expect(ChannelId.safeParse(id).success).toBe(true)
    expect(id.endsWith('-')).toBe(false)
  })
})

describe('removeChannel', () => {
  const withSlack = () => {
    const t = addChannel(terms(), 'Slack', true, randoms('x'))
    return {
      ...t,
      levels: t.levels.map((l, i) =>
        i === 0
          ? { ...l, primary: 'custom-slack' }
          : i === 1
            ? { ...l, fallback: 'custom-slack' }
            : l,
      ),
      people: t.people.map((p) => ({
        ...p,
        preferredChannel: 'custom-slack',
        urgentChannel: 'custom-slack',
      })),
    }
  }

  it('removes a custom channel and clears level primary/fallback and people’s refs to it', () => {
    const before = withSlack()
    const after = removeChannel(before, 'custom-slack')
    expect(after.channels.map((c) => c.id)).not.toContain('custom-slack')
    expect(after.levels[0]?.primary).toBeNull()
    expect(after.levels[0]?.fallback).toBe(before.levels[0]?.fallback)
    expect(after.levels[1]?.fallback).toBeNull()
    expect(after.levels[1]?.primary).toBe(before.levels[1]?.primary)
    for (const p of after.people) {
      expect(p.preferredChannel).toBeNull()
      expect(p.urgentChannel).toBeNull()
    }
  })

  it('leaves references to other channels alone', () => {
    const before = terms()
    const after = removeChannel(addChannel(before, 'Slack', true, randoms('x')), 'custom-slack')
    expect(after).toEqual(before)
  })

  it('never removes a built-in channel, nor clears what points at it', () => {
    const before = terms()
    expect(before.levels[0]?.primary).toBe('phone')
    const after = removeChannel(before, 'phone')
    expect(after).toBe(before)
    expect(after.channels.map((c) => c.id)).toContain('phone')
    expect(after.levels[0]?.primary).toBe('phone')
  })
})

describe('levels', () => {
  it('moves a level up or down and ignores moves past either end or of unknown ids', () => {
    const t = terms()
    const names = (x: AgreementTerms) => x.levels.map((l) => l.name)
    expect(names(moveLevel(t, 'level-2', -1))).toEqual(['Today', 'Urgent', 'This week', 'FYI'])
    expect(names(moveLevel(t, 'level-2', 1))).toEqual(['Urgent', 'This week', 'Today', 'FYI'])
    expect(moveLevel(t, 'level-1', -1)).toBe(t)
    expect(moveLevel(t, 'level-4', 1)).toBe(t)
    expect(moveLevel(t, 'no-such-level', 1)).toBe(t)
  })

  it(`adds numbered levels up to ${MAX_LEVELS} and no more`, () => {
    let t = terms()
    const added = addLevel(t, 'extra-5')
    expect(added.levels.at(-1)).toEqual({
      id: 'extra-5',
      name: 'Level 5',
      urgency: 'week',
      primary: null,
      fallback: null,
      responseMinutes: null,
      noAnswer: '',
    })
    for (let i = t.levels.length; i < MAX_LEVELS; i++) t = addLevel(t, `extra-${i}`)
    expect(t.levels).toHaveLength(MAX_LEVELS)
    expect(addLevel(t, 'one-too-many')).toBe(t)
  })
})

describe('a person’s availability', () => {
  const person = (): Availability => defaultAvailability(ana.memberId, 'Europe/Berlin')

  it('toggles work days on and off, keeping them sorted', () => {
    const p = { ...person(), workDays: [1, 3, 5] }
    expect(toggleWorkDay(p, 4).workDays).toEqual([1, 3, 4, 5])
    expect(toggleWorkDay(p, 7).workDays).toEqual([1, 3, 5, 7])
    expect(toggleWorkDay(p, 3).workDays).toEqual([1, 5])
    expect(toggleWorkDay(toggleWorkDay(p, 2), 2).workDays).toEqual([1, 3, 5])
  })

  it('adds, updates and removes a weekly off-grid block', () => {
    const added = addWeeklyBlock(person(), 'lunch')
    expect(added.weeklyOffGrid).toEqual([
      { id: 'lunch', day: 1, start: '12:00', end: '13:00', label: '' },
    ])
    const changed = updateWeeklyBlock(added, 'lunch', { day: 3, label: 'Gym' })
    expect(changed.weeklyOffGrid).toEqual([
      { id: 'lunch', day: 3, start: '12:00', end: '13:00', label: 'Gym' },
    ])
    expect(removeBlock(changed, 'lunch').weeklyOffGrid).toEqual([])
  })

  it('adds a whole-day dated block from today, updates and removes it', () => {
    const added = addDatedBlock(person(), 'trip', '2026-03-29')
    expect(added.datedOffGrid).toEqual([
      { id: 'trip', from: '2026-03-29T00:00', to: '2026-03-29T23:59', label: '' },
    ])
    const changed = updateDatedBlock(added, 'trip', { to: '2026-04-02T18:00', label: 'Fair' })
    expect(changed.datedOffGrid[0]).toEqual({
      id: 'trip',
      from: '2026-03-29T00:00',
      to: '2026-04-02T18:00',
      label: 'Fair',
    })
    expect(removeBlock(changed, 'trip').datedOffGrid).toEqual([])
  })

  it('removes only the block with the given id, weekly or dated', () => {
    const p = addDatedBlock(
      addWeeklyBlock(addWeeklyBlock(person(), 'w1'), 'w2'),
      'd1',
      '2026-01-01',
    )
    const after = removeBlock(p, 'w1')
    expect(after.weeklyOffGrid.map((b) => b.id)).toEqual(['w2'])
    expect(after.datedOffGrid.map((b) => b.id)).toEqual(['d1'])
  })
})

describe('byDepartment', () => {
  it('orders sales, marketing, management, other, keeping the order within each', () => {
    const order = byDepartment([dora, ben, carl, ana, eve]).map((p) => p.name)
    expect(order).toEqual(['Ana', 'Eve', 'Ben', 'Carl', 'Dora'])
  })

  it('does not reorder the list it was given', () => {
    const given = [dora, ana]
    byDepartment(given)
    expect(given).toEqual([dora, ana])
  })
})

describe('meanScore', () => {
  const ratings = {
    [ana.memberId]: { phone: { score: 2, note: '' } },
    [ben.memberId]: { phone: { score: null, note: 'Depends' } },
    [eve.memberId]: { phone: { score: 5, note: '' } },
    [carl.memberId]: { phone: { score: 1, note: '' } },
  }

  it('averages the given people’s scores, ignoring unrated ones and non-participants', () => {
    // Carl rated 1 but is not among the people asked about.
    expect(meanScore(ratings, [ana, ben, eve], 'phone')).toBe(3.5)
  })

  it('is null when none of the people rated the channel', () => {
    expect(meanScore(ratings, [ben], 'phone')).toBeNull()
    expect(meanScore(ratings, [ana, eve], 'email')).toBeNull()
    expect(meanScore(ratings, [], 'phone')).toBeNull()
  })
})
