import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { APP_SCHEME, rendererRequest } from './policy/app-origin'

/**
 * Must run before `ready`: the app's own scheme behaves like a secure, standard origin, and
 * Chromium keeps the compiled code of its scripts between starts (codeCache), so a start does not
 * parse and compile half a megabyte of script again.
 */
export const registerAppScheme = () =>
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])

/** Serves the built renderer from app://renderer/ with the CSP on every response. */
export const serveRenderer = (rendererDir: string) =>
  protocol.handle(APP_SCHEME, async (request) => {
    const target = rendererRequest(rendererDir, request.url)
    if (!target.ok) return new Response(null, { status: target.status })
    const response = await net.fetch(pathToFileURL(target.file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers })
  })
