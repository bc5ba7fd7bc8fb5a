import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { contract } from '../../../../shared/api/contract'
import { dispatch } from '../../../../electron/services/dispatch'
import type { Handlers } from '../../../../electron/services/handlers/types'
import { startTempCore } from '../../../support/temp-core'

const summary = (name: string) => ({
  id: '0c8e6f2a-1f7b-4f57-9f64-3f7c9d2b1a10',
  name,
  industry: '',
  archived: false,
  memberCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  readOnly: false,
})
const withList = (list: () => unknown) => ({ 'clients:list': list }) as unknown as Handlers

describe('the gate checks each answer, and a frozen answer only once', () => {
  afterEach(() => void vi.restoreAllMocks())

  it('checks the same frozen answer once, and a new or unfrozen one every time', async () => {
    const check = vi.spyOn(contract['clients:list'].output, 'safeParse')
    const frozen = Object.freeze([summary('Acme')])
    for (let i = 0; i < 3; i++)
      expect(
        await dispatch(
          withList(() => frozen),
          'clients:list',
          {},
        ),
      ).toMatchObject({ ok: true })
    expect(check).toHaveBeenCalledTimes(1)
    const open = [summary('Acme')]
    await dispatch(
      withList(() => open),
      'clients:list',
      {},
    )
    await dispatch(
      withList(() => open),
      'clients:list',
      {},
    )
    expect(check).toHaveBeenCalledTimes(3)
  })

  it('refuses a frozen answer that is not valid, every time it is given', async () => {
    const bad = Object.freeze([{ ...summary('Acme'), memberCount: 'many' }])
    for (let i = 0; i < 2; i++)
      expect(
        await dispatch(
          withList(() => bad),
          'clients:list',
          {},
        ),
      ).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL' },
      })
  })
})

describe('the client list', () => {
  let env: Awaited<ReturnType<typeof startTempCore>>
  beforeAll(async () => {
    env = await startTempCore()
  })
  afterAll(() => env.cleanup())

  it('is the same frozen array until a client is added, renamed or deleted', async () => {
    const first = env.core.library.list()
    expect(Object.isFrozen(first)).toBe(true)
    expect(env.core.library.list()).toBe(first)
    const added = await dispatch(env.handlers, 'clients:create', { name: 'Nordlicht AG' })
    if (!added.ok) throw new Error(added.error.message)
    const afterAdd = env.core.library.list()
    expect(afterAdd).not.toBe(first)
    expect(afterAdd.map((c) => c.name)).toContain('Nordlicht AG')
    const id = (added.value as { id: string }).id
    await dispatch(env.handlers, 'clients:update', {
      clientId: id,
      fields: { name: 'Nordlicht GmbH', industry: '', notes: '' },
    })
    const listed = await dispatch(env.handlers, 'clients:list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Nordlicht GmbH' }] })
    await dispatch(env.handlers, 'clients:delete', { clientId: id })
    expect(await dispatch(env.handlers, 'clients:list', {})).toEqual({ ok: true, value: [] })
  })
})
