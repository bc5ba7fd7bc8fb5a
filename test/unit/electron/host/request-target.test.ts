import { describe, expect, it } from 'vitest'
import { callName, parseTarget } from '../../../../electron/host/request-target'

describe('parseTarget', () => {
  it('splits path and query without decoding, and never throws', () => {
    expect(parseTarget('/events?token=a%2Fb')).toMatchObject({ path: '/events' })
    expect(parseTarget('/events?token=a%2Fb')?.query.get('token')).toBe('a/b')
    expect(parseTarget('//')).toMatchObject({ path: '//' })
    expect(parseTarget('/%E0%A4%A?%')).toMatchObject({ path: '/%E0%A4%A' })
    expect(parseTarget('/x#frag')).toMatchObject({ path: '/x' })
  })

  it.each([undefined, '', '*', 'http://evil.example/', 'index.html', `/${'a'.repeat(9000)}`])(
    'refuses %s as malformed',
    (raw) => expect(parseTarget(raw)).toBeNull(),
  )
})

describe('callName', () => {
  it('decodes the call name, and gives null for one that does not decode', () => {
    expect(callName('/api/clients%3Alist')).toBe('clients:list')
    expect(callName('/api/%')).toBeNull()
    expect(callName('/api/%E0%A4%A')).toBeNull()
  })
})
