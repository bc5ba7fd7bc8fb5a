import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A fake of the few Electron APIs the glue wires; each records what was registered. */
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
}))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (name: string, fn: (event: unknown, input: unknown) => unknown) =>
      fake.handlers.set(name, fn),
  },
}))

const { registerIpc } = await import('../../../../electron/main/ipc')
const { hardenContents, hardenSession } = await import('../../../../electron/main/security')
const { contract } = await import('../../../../shared/api/contract')

type Listener = (...args: unknown[]) => unknown
const emitter = () => {
  const on = new Map<string, Listener>()
  return { on: (name: string, fn: Listener) => void on.set(name, fn), listeners: on }
}
const preventable = (extra: object = {}) => ({ preventDefault: vi.fn(), ...extra })

describe('the Electron glue wires the policy', () => {
  beforeEach(() => fake.handlers.clear())

  it('registers every contract call, answers the app’s own page and refuses any other sender', async () => {
    const handlers = { 'clients:list': () => [] } as never
    const core = { onEvent: () => () => undefined } as never
    await registerIpc({ handlers, core }, () => [])
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(contract).sort())
    const list = fake.handlers.get('clients:list')!
    expect(await list({ senderFrame: { url: 'app://renderer/index.html' } }, {})).toEqual({
      ok: true,
      value: [],
    })
    for (const senderFrame of [{ url: 'https://evil.example/' }, null, undefined])
      expect(await list({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
  })

  it('takes calls before the library is open, and answers them once it is', async () => {
    let open!: (services: never) => void
    const services = new Promise<never>((resolve) => (open = resolve))
    const subscribed = registerIpc(services, () => [])
    const answer = fake.handlers.get('clients:list')!(
      { senderFrame: { url: 'app://renderer/index.html' } },
      {},
    ) as Promise<unknown>
    let answered = false
    const settled = answer.then(() => (answered = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answered).toBe(false)
    open({
      handlers: { 'clients:list': () => [] },
      core: { onEvent: () => () => undefined },
    } as never)
    expect(await answer).toEqual({ ok: true, value: [] })
    await Promise.all([settled, subscribed])
  })

  it('stops navigation of any frame away from the app, redirects, webviews and new windows', () => {
    const contents = { ...emitter(), setWindowOpenHandler: vi.fn() }
    hardenContents(contents as never)
    const { listeners } = contents
    const away = preventable()
    listeners.get('will-navigate')!(away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const home = preventable()
    listeners.get('will-navigate')!(home, 'app://renderer/index.html')
    expect(home.preventDefault).not.toHaveBeenCalled()
    const frameAway = preventable({ url: 'https://evil.example/frame' })
    listeners.get('will-frame-navigate')!(frameAway)
    expect(frameAway.preventDefault).toHaveBeenCalled()
    const frameHome = preventable({ url: 'app://renderer/index.html#/settings' })
    listeners.get('will-frame-navigate')!(frameHome)
    expect(frameHome.preventDefault).not.toHaveBeenCalled()
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const e = preventable()
      listeners.get(name)!(e)
      expect(e.preventDefault, name).toHaveBeenCalled()
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown
    expect(openHandler()).toEqual({ action: 'deny' })
  })

  it('denies every permission, turns spell-check downloads off and cancels foreign requests', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    }
    hardenSession(session as never)
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as Listener
    const answer = vi.fn()
    request(null, 'media', answer)
    expect(answer).toHaveBeenCalledWith(false)
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Listener
    expect(check(null, 'notifications')).toBe(false)
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    const before = session.webRequest.onBeforeRequest.mock.calls[0]![0] as Listener
    const decide = (url: string) => {
      const callback = vi.fn()
      before({ url }, callback)
      return callback.mock.calls[0]![0] as { cancel: boolean }
    }
    expect(decide('https://fonts.example/x.woff')).toEqual({ cancel: true })
    expect(decide('app://renderer/assets/app.js')).toEqual({ cancel: false })
  })
})
