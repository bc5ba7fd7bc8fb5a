import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../../shared/api/client'
import { EARLY_ANSWER_MS, withEarlyAnswers } from '../../../../renderer/lib/early-answers'

/** An API whose every answer is numbered, so a test can tell an early answer from a fresh one. */
const countingApi = () => {
  let answered = 0
  const sent: string[] = []
  const listeners = new Set<(payload: unknown) => void>()
  const api: Api = {
    call: (channel) => {
      sent.push(channel)
      return Promise.resolve({ ok: true, value: ++answered as never })
    },
    on: (_name, handler) => {
      const listener = handler as (payload: unknown) => void
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  const change = () => {
    for (const l of listeners) l({ scope: 'client', clientId: 'c1' })
  }
  return { api, sent, change, listening: () => listeners.size }
}

describe('answers asked for before the first screen', () => {
  afterEach(() => void vi.useRealTimers())

  it('gives the first identical call the early answer without asking again', async () => {
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([
      ['clients:list', {}],
      ['settings:get', {}],
    ])
    expect(fake.sent).toEqual(['clients:list', 'settings:get'])
    expect(await early.api.call('clients:list', {})).toEqual({ ok: true, value: 1 })
    expect(fake.sent).toHaveLength(2)
  })

  it('uses an early answer once: the next call asks afresh', async () => {
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([['clients:list', {}]])
    await early.api.call('clients:list', {})
    expect(await early.api.call('clients:list', {})).toEqual({ ok: true, value: 2 })
    expect(fake.sent).toEqual(['clients:list', 'clients:list'])
  })

  it('does not give an early answer to a call with other input', async () => {
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([['clients:get', { clientId: 'a' }]])
    expect(await early.api.call('clients:get', { clientId: 'b' })).toEqual({ ok: true, value: 2 })
  })

  it('drops early answers once any data changes, so a screen never starts from stale data', async () => {
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([['clients:list', {}]])
    fake.change()
    expect(await early.api.call('clients:list', {})).toEqual({ ok: true, value: 2 })
    expect(fake.listening()).toBe(0)
  })

  it('drops an answer nobody took after a while, and stops listening', async () => {
    vi.useFakeTimers()
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([['library:health', {}]])
    vi.advanceTimersByTime(EARLY_ANSWER_MS)
    expect(await early.api.call('library:health', {})).toEqual({ ok: true, value: 2 })
    expect(fake.listening()).toBe(0)
  })

  it('stops listening once every early answer has been taken', async () => {
    const fake = countingApi()
    const early = withEarlyAnswers(fake.api)
    early.askEarly([['settings:get', {}]])
    expect(fake.listening()).toBe(1)
    await early.api.call('settings:get', {})
    expect(fake.listening()).toBe(0)
  })
})
