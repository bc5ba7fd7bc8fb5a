import { describe, expect, it } from 'vitest'
import { testOverrides } from '../../../../../electron/main/policy/test-overrides'

const env = {
  SMARTKETING_USER_DATA: '/tmp/e2e/settings',
  SMARTKETING_DATA_DIR: '/tmp/e2e/library',
  SMARTKETING_MINUTE_MS: '1000',
}

describe('testOverrides', () => {
  it('lets a development build be pointed at a test’s folders and clock', () => {
    expect(testOverrides(env, false)).toEqual({
      userData: '/tmp/e2e/settings',
      dataDir: '/tmp/e2e/library',
      minuteMs: 1000,
    })
  })

  it('is ignored entirely by a packaged app', () => {
    expect(testOverrides(env, true)).toEqual({})
  })

  it('ignores a minute that is not a sane whole number', () => {
    expect(testOverrides({ SMARTKETING_MINUTE_MS: '5' }, false)).toEqual({})
    expect(testOverrides({ SMARTKETING_MINUTE_MS: 'fast' }, false)).toEqual({})
  })
})
