import { describe, expect, it } from 'vitest'
import { member } from '../../../support/followup-fixtures'
import { pairCounts, pairingSuggestions } from '../../../../shared/followup/pairing'
import type { Pairing } from '../../../../shared/followup/tracker'

const bjorn = member('Björn', 'sales')
const amira = member('Amira', 'sales')
const carla = member('Carla', 'sales')
const chloe = member('Chloé', 'marketing')
const dmitri = member('Dmitri', 'marketing')
const eva = member('Eva', 'management')
const olu = member('Olu', 'other')

let n = 0
const paired = (sales: { memberId: string }, marketing: { memberId: string }): Pairing => ({
  id: `pairing-${String(++n).padStart(4, '0')}`,
  salesId: sales.memberId,
  marketingId: marketing.memberId,
  date: null,
  focus: 'shadowing',
  topic: '',
  salesLearned: '',
  marketingLearned: '',
})
const short = (s: { salesId: string; marketingId: string }) =>
  `${s.salesId.slice(7)}+${s.marketingId.slice(7)}`

describe('pairCounts', () => {
  it('counts each pairing for both people', () => {
    const counts = pairCounts([paired(bjorn, chloe), paired(bjorn, dmitri)])
    expect([...counts]).toEqual([
      ['member-björn', 2],
      ['member-chloé', 1],
      ['member-dmitri', 1],
    ])
    expect(pairCounts([]).size).toBe(0)
  })
})

describe('pairingSuggestions', () => {
  it('suggests nothing for an empty team or a team with one side only', () => {
    expect(pairingSuggestions([], [])).toEqual([])
    expect(pairingSuggestions([bjorn, amira, eva], [])).toEqual([])
    expect(pairingSuggestions([chloe, dmitri, olu], [])).toEqual([])
  })

  it('pairs people never paired across the two sides, in name order', () => {
    const suggestions = pairingSuggestions([dmitri, bjorn, eva, chloe, amira, olu], [])
    expect(suggestions).toEqual([
      {
        salesId: 'member-amira',
        marketingId: 'member-chloé',
        reason: 'Neither has been paired yet.',
      },
      {
        salesId: 'member-björn',
        marketingId: 'member-dmitri',
        reason: 'Neither has been paired yet.',
      },
    ])
  })

  it('pairs whoever is left over with the least paired person of the other side', () => {
    const suggestions = pairingSuggestions(
      [amira, bjorn, carla, chloe, dmitri],
      [paired(amira, chloe), paired(amira, dmitri), paired(carla, dmitri)],
    )
    expect(suggestions[0]).toEqual({
      salesId: 'member-björn',
      marketingId: 'member-chloé',
      reason: 'Björn has not been paired yet; Chloé has one pairing.',
    })
    expect(suggestions.filter((s) => s.salesId === 'member-björn')).toHaveLength(1)
  })

  it('spreads several newcomers over the other side instead of piling them on one person', () => {
    const dan = member('Dan', 'sales')
    const suggestions = pairingSuggestions(
      [amira, bjorn, carla, dan, chloe, dmitri],
      [paired(dan, dmitri)],
    )
    expect(suggestions.map(short)).toEqual(['amira+chloé', 'björn+chloé', 'carla+dmitri'])
    expect(suggestions.map((s) => s.reason)).toEqual([
      'Neither has been paired yet.',
      'Neither has been paired yet.',
      'Carla has not been paired yet; Dmitri has one pairing.',
    ])
  })

  it('handles a marketing newcomer left over the same way', () => {
    const suggestions = pairingSuggestions([bjorn, chloe, dmitri], [paired(bjorn, chloe)])
    expect(suggestions).toEqual([
      {
        salesId: 'member-björn',
        marketingId: 'member-dmitri',
        reason: 'Dmitri has not been paired yet; Björn has one pairing.',
      },
    ])
  })

  it('then suggests people who have not worked with each other, never an existing pair', () => {
    const existing = [paired(amira, chloe), paired(bjorn, dmitri), paired(bjorn, chloe)]
    const suggestions = pairingSuggestions([amira, bjorn, chloe, dmitri], existing)
    expect(suggestions).toEqual([
      {
        salesId: 'member-amira',
        marketingId: 'member-dmitri',
        reason:
          'Amira (one pairing) and Dmitri (one pairing) have not been paired with each other yet.',
      },
    ])
  })

  it('suggests nothing when everyone has been paired with everyone', () => {
    const all = [
      paired(amira, chloe),
      paired(amira, dmitri),
      paired(bjorn, chloe),
      paired(bjorn, dmitri),
    ]
    expect(pairingSuggestions([amira, bjorn, chloe, dmitri], all)).toEqual([])
  })

  it('lists nobody twice as a newcomer, and each person once however often given', () => {
    const suggestions = pairingSuggestions([amira, amira, bjorn, carla, chloe], [])
    expect(suggestions.map(short)).toEqual(['amira+chloé', 'björn+chloé', 'carla+chloé'])
    expect(suggestions.every((s) => s.reason === 'Neither has been paired yet.')).toBe(true)
  })
})
