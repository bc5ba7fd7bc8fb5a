import type { RendererPath } from '../../services/renderer-path'
import { rendererPath } from '../../services/renderer-path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The app's own page: app://renderer itself or anything under it, never a look-alike host. */
export const isOwnUrl = (url: string): boolean =>
  url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)

/** What an app:// request serves: a file of the built renderer, or the status that refuses it. */
export const rendererRequest = (rendererDir: string, url: string): RendererPath => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 400 }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return { ok: false, status: 404 }
  return rendererPath(rendererDir, parsed.pathname)
}
