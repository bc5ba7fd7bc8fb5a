import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererRequest } from '../../../../../electron/main/policy/app-origin'

const root = join('/opt', 'smartketing', 'renderer')

describe('the app:// protocol’s path guard', () => {
  it('serves files of the built renderer', () => {
    expect(rendererRequest(root, 'app://renderer/')).toEqual({
      ok: true,
      file: join(root, 'index.html'),
    })
    expect(rendererRequest(root, 'app://renderer/assets/main.js?v=1')).toEqual({
      ok: true,
      file: join(root, 'assets', 'main.js'),
    })
  })

  it('refuses other hosts, traversal and bad encodings', () => {
    expect(rendererRequest(root, 'app://other/index.html')).toEqual({ ok: false, status: 404 })
    // The URL parser already folds encoded dots; an encoded slash is left to the guard.
    expect(rendererRequest(root, 'app://renderer/%2e%2e/%2e%2e/etc/passwd')).toEqual({
      ok: true,
      file: join(root, 'etc', 'passwd'),
    })
    expect(rendererRequest(root, 'app://renderer/..%2f..%2fetc%2fpasswd')).toEqual({
      ok: false,
      status: 404,
    })
    expect(rendererRequest(root, 'app://renderer/%E0%A4%A')).toEqual({ ok: false, status: 400 })
    expect(rendererRequest(root, 'app://renderer/a%00b')).toEqual({ ok: false, status: 400 })
    expect(rendererRequest(root, 'not a url')).toEqual({ ok: false, status: 400 })
    expect(rendererRequest(root, 'https://renderer/index.html')).toEqual({ ok: false, status: 404 })
  })
})
