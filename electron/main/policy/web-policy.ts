import { isOwnUrl } from './app-origin'

/** Schemes a page of the app may load besides its own origin: all stay inside the process. */
const LOCAL_SCHEMES = ['devtools:', 'data:', 'blob:']

/** Every request that is not for the app itself is cancelled: no request ever leaves the app. */
export const cancelRequest = (url: string): boolean =>
  !(isOwnUrl(url) || LOCAL_SCHEMES.some((s) => url.startsWith(s)))

/** A window (or a frame inside it) may only move within the app's own page. */
export const allowNavigation = (url: string): boolean => isOwnUrl(url)

/** Redirects, new windows and embedded webviews have no use in the app: always refused. */
export const allowRedirect = (): boolean => false
export const allowNewWindow = (): boolean => false
export const allowWebview = (): boolean => false

/** No permission (camera, notifications, clipboard-read, …) is ever granted to any page. */
export const grantPermission = (_permission: string): boolean => false

/** IPC is answered only for frames showing the app's own page; a missing frame is refused. */
export const isTrustedSender = (frameUrl: string | undefined | null): boolean =>
  typeof frameUrl === 'string' && isOwnUrl(frameUrl)
