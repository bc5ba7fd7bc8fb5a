import { describe, expect, it } from 'vitest'
import {
  allowNavigation,
  allowNewWindow,
  allowRedirect,
  allowWebview,
  cancelRequest,
  grantPermission,
  isTrustedSender,
} from '../../../../../electron/main/policy/web-policy'

const OWN = ['app://renderer', 'app://renderer/', 'app://renderer/index.html#/clients/abc']
const FOREIGN = [
  'https://example.com/',
  'http://127.0.0.1:3000/',
  'app://renderer.evil/',
  'app://rendererx/index.html',
  'app://other/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'chrome://settings',
  '',
]

describe('the web policy', () => {
  it('lets the app’s own page and in-process schemes load, and cancels every other request', () => {
    for (const url of OWN) expect(cancelRequest(url), url).toBe(false)
    for (const url of ['data:image/png;base64,AAA', 'blob:app://renderer/1', 'devtools://x'])
      expect(cancelRequest(url), url).toBe(false)
    for (const url of FOREIGN) expect(cancelRequest(url), url).toBe(true)
  })

  it('lets a window or frame navigate only within the app', () => {
    for (const url of OWN) expect(allowNavigation(url), url).toBe(true)
    for (const url of FOREIGN) expect(allowNavigation(url), url).toBe(false)
  })

  it('refuses redirects, new windows, webviews and every permission', () => {
    expect([allowRedirect(), allowNewWindow(), allowWebview()]).toEqual([false, false, false])
    for (const p of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])
      expect(grantPermission(p)).toBe(false)
  })

  it('answers IPC only for frames showing the app’s own page', () => {
    for (const url of OWN) expect(isTrustedSender(url)).toBe(true)
    for (const url of [...FOREIGN, undefined, null]) expect(isTrustedSender(url)).toBe(false)
  })
})
