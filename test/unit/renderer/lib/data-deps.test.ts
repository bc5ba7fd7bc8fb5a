import { describe, expect, it } from 'vitest'
import type { DataDeps } from '../../../../renderer/lib/data-deps'
import { isAffectedBy } from '../../../../renderer/lib/data-deps'
import { settle } from '../../../../renderer/lib/useApiData'

const changes = {
  clientA: { scope: 'client', clientId: 'client-a-000001' },
  clientB: { scope: 'client', clientId: 'client-b-000001' },
  library: { scope: 'library', clientId: null },
  settings: { scope: 'settings', clientId: null },
} as const

const hits = (deps: DataDeps) =>
  Object.entries(changes)
    .filter(([, change]) => isAffectedBy(deps, change))
    .map(([name]) => name)

describe('which data changes refetch a query', () => {
  it('refetches one client’s documents only for that client, or the whole library', () => {
    expect(hits({ clientId: 'client-a-000001' })).toEqual(['clientA', 'library'])
  })

  it('refetches the client list for any client, never for settings', () => {
    expect(hits('library')).toEqual(['clientA', 'clientB', 'library'])
  })

  it('refetches settings for settings and a new folder, backups only for the folder', () => {
    expect(hits('settings')).toEqual(['library', 'settings'])
    expect(hits('folder')).toEqual(['library'])
    expect(hits('everything')).toEqual(['clientA', 'clientB', 'library', 'settings'])
  })
})

describe('a refetch that fails', () => {
  const error = { code: 'IO', message: 'The disk is gone.' } as const

  it('keeps the good data it had, and says the refresh failed', () => {
    const good = settle({ status: 'loading' }, { ok: true, value: 3 })
    expect(settle(good, { ok: false, error })).toEqual({
      status: 'ready',
      value: 3,
      refreshError: error,
    })
  })

  it('shows the error when there was nothing good to keep, and clears it on the next success', () => {
    const failed = settle<number>({ status: 'loading' }, { ok: false, error })
    expect(failed).toEqual({ status: 'error', error })
    expect(settle(failed, { ok: true, value: 4 })).toEqual({ status: 'ready', value: 4 })
  })
})
