import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/csp'

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  )

const metaPolicy = () => {
  const html = readFileSync(join(import.meta.dirname, '../../../../renderer/index.html'), 'utf8')
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
  if (!match) throw new Error('renderer/index.html has no Content-Security-Policy meta tag')
  return match[1]!
}

describe('content security policy', () => {
  it('loads nothing from outside the app', () => {
    for (const [name, sources] of directives(CONTENT_SECURITY_POLICY))
      expect(sources, name).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/)
  })

  // Browsers apply both policies, so a directive missing from one silently narrows the other.
  it('says the same in the page as in the header, but for frame-ancestors, which a meta tag cannot set', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    header.delete('frame-ancestors')
    expect(directives(metaPolicy())).toEqual(header)
  })
})
