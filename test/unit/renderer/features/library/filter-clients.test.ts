import { describe, expect, it } from 'vitest'
import type { ClientSummary } from '../../../../../shared/library/client'
import {
  filterClients,
  indexClients,
  searchIndex,
} from '../../../../../renderer/features/library/filter-clients'

const c = (name: string, opts: Partial<ClientSummary> = {}): ClientSummary => ({
  id: `id-${name.length}-${name.charCodeAt(0)}xx`,
  name,
  industry: '',
  archived: false,
  memberCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  readOnly: false,
  ...opts,
})

const all = [
  c('Zoë Design', { industry: 'Agency', updatedAt: '2026-03-01T00:00:00.000Z' }),
  c('Łódź Foods', { archived: true, createdAt: '2026-05-01T00:00:00.000Z' }),
  c('acme', { updatedAt: '2026-04-01T00:00:00.000Z' }),
]
const names = (list: ClientSummary[]) => list.map((x) => x.name)

describe('filterClients', () => {
  it('shows active clients by default and archived ones on request', () => {
    expect(names(filterClients(all, '', 'active', 'name'))).toEqual(['acme', 'Zoë Design'])
    expect(names(filterClients(all, '', 'archived', 'name'))).toEqual(['Łódź Foods'])
    expect(filterClients(all, '', 'all', 'name')).toHaveLength(3)
  })

  it('finds names and industries ignoring case and accents', () => {
    expect(names(filterClients(all, 'ZOE', 'all', 'name'))).toEqual(['Zoë Design'])
    expect(names(filterClients(all, 'lodz', 'all', 'name'))).toEqual(['Łódź Foods'])
    expect(names(filterClients(all, 'agency', 'all', 'name'))).toEqual(['Zoë Design'])
  })

  it('sorts by last change and by creation, newest first', () => {
    expect(names(filterClients(all, '', 'all', 'updated'))).toEqual([
      'acme',
      'Zoë Design',
      'Łódź Foods',
    ])
    expect(names(filterClients(all, '', 'all', 'created'))[0]).toBe('Łódź Foods')
  })

  it('folds names only when a search needs them, and once for the whole index', () => {
    const index = indexClients(all, 'name')
    const untouched = {
      ...index,
      folded: () => {
        throw new Error('folded for a list with no search')
      },
    }
    expect(searchIndex(untouched, '  ', 'all')).toHaveLength(3)
    expect(index.folded()).toBe(index.folded())
    expect(names(searchIndex(index, 'zoe', 'all'))).toEqual(['Zoë Design'])
  })
})
