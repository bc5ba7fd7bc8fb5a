import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bridge } from '../../../../../shared/api/client'

/** The main side: counts the settings loads, and pushes data-changed events when told. */
const fakeMain = () => {
  const listeners = new Set<(name: string, payload: unknown) => void>()
  const calls = { settings: 0 }
  const bridge: Bridge = {
    invoke: async (channel) => {
      if (channel !== 'settings:get')
        return { ok: false, error: { code: 'IO', message: `no ${channel}` } }
      calls.settings++
      return { ok: true, value: { theme: 'dark' } }
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  const changed = (scope: string, clientId: string | null) =>
    act(() => {
      for (const listener of listeners) listener('data:changed', { scope, clientId })
    })
  return { bridge, calls, changed }
}

// The console and the projector read the settings for an hour while every board edit is saved.
describe('the settings as a console or the projector holds them', () => {
  let main: ReturnType<typeof fakeMain>
  beforeEach(() => {
    vi.resetModules()
    main = fakeMain()
    window.api = main.bridge
  })
  afterEach(() => {
    delete window.api
  })

  it('are not loaded again for a client’s save, only for the settings or a new library', async () => {
    const { useSettings } = await import('../../../../../renderer/features/settings/useSettings')
    const { result } = renderHook(() => useSettings())
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(main.calls.settings).toBe(1)

    main.changed('client', 'client-a-000001')
    main.changed('client', 'client-b-000001')
    expect(main.calls.settings).toBe(1)

    main.changed('settings', null)
    await waitFor(() => expect(main.calls.settings).toBe(2))
    main.changed('library', null)
    await waitFor(() => expect(main.calls.settings).toBe(3))
  })
})
