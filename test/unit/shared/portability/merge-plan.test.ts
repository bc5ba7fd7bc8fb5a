import { describe, expect, it } from 'vitest'
import type { DocumentKind, DocumentSide } from '../../../../shared/portability/document-path'
import type { Candidate, PlanItem, Versioned } from '../../../../shared/portability/merge-plan'
import {
  compare,
  decideWrites,
  planItem,
  planMerge,
  suggestedChoice,
} from '../../../../shared/portability/merge-plan'

const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`
const v = (minute: number | null, revision: number | null): Versioned => ({
  updatedAt: minute === null ? null : at(minute),
  revision,
})
const side = (title: string, minute: number | null, revision: number | null): DocumentSide => ({
  title,
  ...v(minute, revision),
})

describe('compare: documents that count their saves', () => {
  it('takes the incoming copy as newer when it has more saves and a later change', () => {
    expect(compare(v(10, 5), v(5, 4))).toBe('incoming-newer')
  })

  it('takes the incoming copy as newer when it has more saves and the same time', () => {
    expect(compare(v(5, 5), v(5, 4))).toBe('incoming-newer')
  })

  it('keeps this library’s copy as newer when it has more saves and a later change', () => {
    expect(compare(v(5, 4), v(10, 5))).toBe('here-newer')
    expect(compare(v(5, 4), v(5, 5))).toBe('here-newer')
  })

  it('calls the same number of saves with different content a conflict, whichever is later', () => {
    expect(compare(v(10, 4), v(5, 4))).toBe('conflict')
    expect(compare(v(5, 4), v(10, 4))).toBe('conflict')
    expect(compare(v(5, 4), v(5, 4))).toBe('conflict')
  })

  it('calls more saves on one side but a later change on the other a conflict', () => {
    expect(compare(v(5, 6), v(10, 4))).toBe('conflict')
    expect(compare(v(10, 4), v(5, 6))).toBe('conflict')
  })

  it('lets the saves decide when a date is missing', () => {
    expect(compare(v(null, 6), v(5, 4))).toBe('incoming-newer')
    expect(compare(v(5, 4), v(null, 6))).toBe('here-newer')
  })
})

describe('compare: documents without a save count (the plan template, clients before version 2)', () => {
  it('lets the later change win', () => {
    expect(compare(v(10, null), v(5, null))).toBe('incoming-newer')
    expect(compare(v(5, null), v(10, null))).toBe('here-newer')
  })

  it('uses the dates alone when only one side has a revision', () => {
    expect(compare(v(10, 1), v(5, null))).toBe('incoming-newer')
    expect(compare(v(10, null), v(5, 9))).toBe('incoming-newer')
  })

  it('calls equal or missing dates a conflict', () => {
    expect(compare(v(5, null), v(5, null))).toBe('conflict')
    expect(compare(v(null, null), v(5, null))).toBe('conflict')
    expect(compare(v(null, null), v(null, null))).toBe('conflict')
  })

  it('treats an unreadable date as missing, not as newer', () => {
    expect(compare({ updatedAt: 'not a date', revision: null }, v(5, null))).toBe('conflict')
  })
})

describe('suggestedChoice', () => {
  it('suggests taking theirs when the incoming copy was changed later', () => {
    expect(suggestedChoice(v(10, 4), v(5, 4))).toBe('take-theirs')
  })

  it('suggests keeping mine when this copy was changed later, on a tie, or when a date is missing', () => {
    expect(suggestedChoice(v(5, 4), v(10, 4))).toBe('keep-mine')
    expect(suggestedChoice(v(5, 4), v(5, 4))).toBe('keep-mine')
    expect(suggestedChoice(v(null, 4), v(5, 4))).toBe('keep-mine')
    expect(suggestedChoice(v(5, 4), v(null, 4))).toBe('keep-mine')
  })
})

const candidate = (
  path: string,
  incoming: DocumentSide,
  here: Candidate['here'],
  {
    kind = 'workshop' as DocumentKind,
    clientName = 'Acme' as string | null,
    canonical = `{"v":"${path}-incoming"}`,
  } = {},
): Candidate => ({
  ref: { path, kind, clientId: clientName === null ? null : 'client-1', id: null },
  what: 'Goal workshop',
  clientName,
  incoming: { side: incoming, canonical },
  here,
})
const current = (s: DocumentSide, canonical = '{"v":"here"}'): Candidate['here'] => ({
  state: 'current',
  side: s,
  canonical,
})

describe('planItem', () => {
  it('marks a document this library lacks as new, with nothing here', () => {
    const item = planItem(candidate('p', side('Q2', 5, 1), { state: 'missing' }))
    expect(item).toMatchObject({ status: 'new', here: null, suggested: null, note: null })
  })

  it('marks a client deleted here as new and says the import brings it back', () => {
    const deleted = candidate('c', side('Acme', 5, 1), { state: 'deleted' }, { kind: 'client' })
    expect(planItem(deleted)).toMatchObject({
      status: 'new',
      here: null,
      note: 'Deleted on this computer; importing brings it back.',
    })
  })

  it('marks a damaged file here as new and says it will be replaced', () => {
    const item = planItem(candidate('p', side('Q2', 5, 1), { state: 'damaged' }))
    expect(item.status).toBe('new')
    expect(item.note).toMatch(/damaged/)
  })

  it('keeps a file saved here by a newer app, even against more saves and a later change', () => {
    const here = side('Q2 (new app)', 1, 1)
    const item = planItem(candidate('p', side('Q2', 50, 99), { state: 'newer-app', side: here }))
    expect(item).toMatchObject({ status: 'here-newer', here, suggested: null })
    expect(item.note).toMatch(/newer version of the app/)
  })

  it('calls the same canonical content identical whatever the dates and revisions say', () => {
    const same = '{"same":true}'
    const c = candidate('p', side('Q2', 50, 9), current(side('Q2', 1, 1), same), {
      canonical: same,
    })
    expect(planItem(c)).toMatchObject({ status: 'identical', suggested: null })
  })

  it('compares different content by revision and date, suggesting a choice for conflicts only', () => {
    const newer = planItem(candidate('p', side('Q2', 10, 5), current(side('Q2', 5, 4))))
    expect(newer).toMatchObject({ status: 'incoming-newer', suggested: null })
    const conflict = planItem(candidate('p', side('Q2', 10, 4), current(side('Q2', 5, 4))))
    expect(conflict).toMatchObject({ status: 'conflict', suggested: 'take-theirs' })
    expect(conflict.here).toEqual(side('Q2', 5, 4))
  })
})

describe('planMerge', () => {
  it('lists conflicts first, then incoming-newer, new, here-newer, and identical last', () => {
    const same = '{"same":true}'
    const items = planMerge([
      candidate('identical', side('A', 5, 4), current(side('A', 5, 4), same), { canonical: same }),
      candidate('here-newer', side('A', 5, 4), current(side('A', 10, 5))),
      candidate('new', side('A', 5, 4), { state: 'missing' }),
      candidate('incoming-newer', side('A', 10, 5), current(side('A', 5, 4))),
      candidate('conflict', side('A', 10, 4), current(side('A', 5, 4))),
    ])
    expect(items.map((i) => i.path)).toEqual([
      'conflict',
      'incoming-newer',
      'new',
      'here-newer',
      'identical',
    ])
    expect(items.map((i) => i.status)).toEqual(items.map((i) => i.path))
  })

  it('orders within a status by client name, then kind, then title, then path', () => {
    const items = planMerge([
      candidate('z-tracker', side('A', 1, 1), { state: 'missing' }, { kind: 'tracker' }),
      candidate('b-workshop', side('B', 1, 1), { state: 'missing' }),
      candidate('a-workshop', side('B', 1, 1), { state: 'missing' }),
      candidate('c-workshop', side('A', 1, 1), { state: 'missing' }),
      candidate('client', side('Acme', 1, null), { state: 'missing' }, { kind: 'client' }),
      candidate('other', side('A', 1, 1), { state: 'missing' }, { clientName: 'Zeta' }),
      candidate(
        'templates',
        side('T', 1, null),
        { state: 'missing' },
        { kind: 'templates', clientName: null },
      ),
    ])
    expect(items.map((i) => i.path)).toEqual([
      'templates',
      'client',
      'c-workshop',
      'a-workshop',
      'b-workshop',
      'z-tracker',
      'other',
    ])
  })
})

const item = (path: string, status: PlanItem['status']): PlanItem => ({
  path,
  kind: 'workshop',
  what: 'Goal workshop',
  clientName: 'Acme',
  status,
  incoming: side(path, 1, 1),
  here: status === 'new' ? null : side(path, 1, 1),
  suggested: status === 'conflict' ? 'keep-mine' : null,
  note: null,
})
const paths = (items: readonly PlanItem[]) => items.map((i) => i.path)

describe('decideWrites', () => {
  const plan = [
    item('new', 'new'),
    item('newer', 'incoming-newer'),
    item('mine-newer', 'here-newer'),
    item('same', 'identical'),
    item('c1', 'conflict'),
    item('c2', 'conflict'),
  ]

  it('refuses while any conflict has no choice, naming exactly the undecided ones', () => {
    const none = decideWrites(plan, {})
    expect(none.ok).toBe(false)
    expect(!none.ok && paths(none.undecided)).toEqual(['c1', 'c2'])
    const one = decideWrites(plan, { c1: 'take-theirs', 'mine-newer': 'take-theirs' })
    expect(!one.ok && paths(one.undecided)).toEqual(['c2'])
  })

  it('writes new and incoming-newer documents, and conflicts only where theirs was chosen', () => {
    const d = decideWrites(plan, { c1: 'take-theirs', c2: 'keep-mine' })
    expect(d.ok && paths(d.write)).toEqual(['new', 'newer', 'c1'])
    expect(d.ok && paths(d.keep)).toEqual(['mine-newer', 'c2'])
  })

  it('never writes a document that is newer here, even when asked to take theirs', () => {
    const d = decideWrites(plan, { c1: 'keep-mine', c2: 'keep-mine', 'mine-newer': 'take-theirs' })
    expect(d.ok && paths(d.write)).not.toContain('mine-newer')
    expect(d.ok && paths(d.keep)).toContain('mine-newer')
  })

  it('counts identical documents as unchanged, neither written nor kept', () => {
    const d = decideWrites(plan, { c1: 'take-theirs', c2: 'take-theirs', same: 'take-theirs' })
    expect(d.ok && paths(d.unchanged)).toEqual(['same'])
    expect(d.ok && [...paths(d.write), ...paths(d.keep)]).not.toContain('same')
  })

  it('accepts a plan without conflicts with no choices at all', () => {
    const d = decideWrites([item('new', 'new'), item('same', 'identical')], {})
    expect(d).toMatchObject({ ok: true, keep: [] })
    expect(d.ok && paths(d.write)).toEqual(['new'])
  })
})
