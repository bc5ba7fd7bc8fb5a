import { afterEach, describe, expect, it, vi } from 'vitest'
import { detach, onDetachedFailure } from '../../../../renderer/lib/detach'

describe('detach', () => {
  const offs: (() => void)[] = []
  afterEach(() => {
    offs.splice(0).forEach((off) => off())
    vi.restoreAllMocks()
  })

  it('tells the listeners (the toasts) what failed, and logs it', async () => {
    const heard: string[] = []
    offs.push(onDetachedFailure((m) => heard.push(m)))
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    detach(Promise.reject(new Error('The connection to the app was lost')))
    await vi.waitFor(() => expect(heard).toEqual(['The connection to the app was lost']))
    expect(log).toHaveBeenCalledTimes(1)
  })

  it('stays silent for work that succeeds, and for handlers that return nothing', async () => {
    const heard: string[] = []
    offs.push(onDetachedFailure((m) => heard.push(m)))
    detach(Promise.resolve('done'))
    detach(undefined)
    await new Promise((r) => setTimeout(r, 10))
    expect(heard).toEqual([])
  })
})
