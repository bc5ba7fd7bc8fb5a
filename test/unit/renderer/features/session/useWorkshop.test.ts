import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bridge } from '../../../../../shared/api/client'
import type { WorkshopFile } from '../../../../../shared/workshop/workshop'

/** Only what the hook reads of a workshop: which one, which save, and a board to tell apart. */
const workshop = (revision: number, activities: number) =>
  ({
    id: 'w1',
    clientId: 'c1',
    revision,
    board: { activities: Array.from({ length: activities }, (_, i) => ({ id: `a${i}` })) },
  }) as unknown as WorkshopFile

/** The main side as the hook meets it: answers to calls, and events pushed when the test says. */
const fakeMain = () => {
  const listeners = new Set<(name: string, payload: unknown) => void>()
  const bridge: Bridge = {
    invoke: async (channel) => {
      if (channel === 'workshops:get')
        return { ok: true, value: { workshop: workshop(3, 1), readOnly: false } }
      if (channel === 'session:clock') return { ok: true, value: { now: Date.now(), jumps: [] } }
      return { ok: false, error: { code: 'IO', message: `no ${channel} here` } }
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  const emit = (name: string, payload: unknown) => {
    for (const listener of listeners) listener(name, payload)
  }
  return { bridge, emit }
}

describe('a session as the console holds it', () => {
  let main: ReturnType<typeof fakeMain>
  beforeEach(() => {
    vi.resetModules()
    main = fakeMain()
    window.api = main.bridge
  })
  afterEach(() => {
    delete window.api
  })

  it('keeps a later save when an earlier answer arrives after its event (a pause answered late)', async () => {
    const { useWorkshop } = await import('../../../../../renderer/features/session/useWorkshop')
    const { result } = renderHook(() => useWorkshop('c1', 'w1'))
    await waitFor(() => expect(result.current.state.status).toBe('ready'))

    // The board's save (revision 5, two activities) is heard first…
    act(() =>
      main.emit('session:changed', {
        clientId: 'c1',
        workshopId: 'w1',
        revision: 5,
        workshop: workshop(5, 2),
      }),
    )
    // …then the answer to the pause pressed before it lands, carrying revision 4's board.
    act(() => result.current.setView({ workshop: workshop(4, 1), readOnly: false }))
    const state = result.current.state
    expect(state.status === 'ready' && state.view.workshop.revision).toBe(5)
    expect(state.status === 'ready' && state.view.workshop.board.activities).toHaveLength(2)

    // A newer answer is taken as it comes.
    act(() => result.current.setView({ workshop: workshop(6, 2), readOnly: false }))
    const after = result.current.state
    expect(after.status === 'ready' && after.view.workshop.revision).toBe(6)
  })
})
