import type { Session, WebContents } from 'electron'
import {
  allowNavigation,
  allowNewWindow,
  allowRedirect,
  allowWebview,
  cancelRequest,
  grantPermission,
} from './policy/web-policy'

/** Wires the web policy (policy/web-policy.ts) to a session: the decisions live there. */
export const hardenSession = (session: Session) => {
  session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(grantPermission(permission)),
  )
  session.setPermissionCheckHandler((_wc, permission) => grantPermission(permission))
  session.setSpellCheckerEnabled(false)
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/')
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: cancelRequest(details.url) }),
  )
}

/** And to every page: main frame, sub-frames, redirects, new windows and webviews. */
export const hardenContents = (contents: WebContents) => {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!allowRedirect()) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    if (!allowWebview()) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: allowNewWindow() ? 'allow' : 'deny' }))
}
