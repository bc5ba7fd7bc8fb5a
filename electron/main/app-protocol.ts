import { net, protocol } from 'electron'
import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://renderer`

/** Must run before `ready`: the app's own scheme behaves like a secure, standard origin. */
export const registerAppScheme = () =>
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])

/** Serves the built renderer from app://renderer/ with the CSP on every response. */
export const serveRenderer = (rendererDir: string) =>
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url)
    const full = normalize(
      join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    )
    if (host !== 'renderer' || !full.startsWith(rendererDir + sep))
      return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(full).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers })
  })
