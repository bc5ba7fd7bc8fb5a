import type { Session, WebContents } from 'electron'
import { APP_ORIGIN } from './policy/app-origin'

const isOwnUrl = (url: string) => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)
const LOCAL_SCHEMES = ['devtools:', 'data:', 'blob:']

/** No request ever leaves the app, no permission is granted, and no page can navigate elsewhere. */
export const hardenSession = (session: Session) => {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setSpellCheckerEnabled(false)
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/')
  session.webRequest.onBeforeRequest((details, callback) => {
    const own = isOwnUrl(details.url) || LOCAL_SCHEMES.some((s) => details.url.startsWith(s))
    callback({ cancel: !own })
  })
}

export const hardenContents = (contents: WebContents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** IPC is answered only for frames showing the app's own page. */
export const isTrustedSender = (frameUrl: string | undefined) => !!frameUrl && isOwnUrl(frameUrl)
