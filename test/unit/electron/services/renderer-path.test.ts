import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererPath } from '../../../../electron/services/renderer-path'

const root = join('/srv', 'app', 'renderer')

describe('rendererPath, the one guard for the built renderer', () => {
  it('maps the root to index.html and a file to itself', () => {
    expect(rendererPath(root, '/')).toEqual({ ok: true, file: join(root, 'index.html') })
    expect(rendererPath(root, '/assets/app-1.js')).toEqual({
      ok: true,
      file: join(root, 'assets', 'app-1.js'),
    })
    expect(rendererPath(root, '/fonts/Noto%20Sans.woff')).toEqual({
      ok: true,
      file: join(root, 'fonts', 'Noto Sans.woff'),
    })
  })

  it.each(['/%', '/%E0%A4%A', '/%zz', '/a%00.js', '/%00'])('calls %s a bad request', (path) => {
    expect(rendererPath(root, path)).toEqual({ ok: false, status: 400 })
  })

  it.each([
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fsecret',
    '/..',
    '/../renderer-other/x.js',
  ])('never leaves the folder: %s is not found', (path) => {
    expect(rendererPath(root, path)).toEqual({ ok: false, status: 404 })
  })
})
