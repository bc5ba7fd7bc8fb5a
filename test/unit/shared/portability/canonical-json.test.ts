import { describe, expect, it } from 'vitest'
import { canonicalJson, sha256Hex } from '../../../../shared/portability/canonical-json'

describe('canonicalJson', () => {
  it('writes one text for one value, whatever order its keys were written in, at every depth', () => {
    const a = { b: 1, a: { y: [1, { d: 2, c: 3 }], x: 'é' } }
    const b = { a: { x: 'é', y: [1, { c: 3, d: 2 }] }, b: 1 }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(a)).toBe('{"a":{"x":"é","y":[1,{"c":3,"d":2}]},"b":1}')
  })

  it('keeps array order, because order in a list is meaning', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]))
  })

  it('drops undefined properties, as JSON.stringify does, so a missing key and an undefined one agree', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }))
    expect(canonicalJson({ a: undefined })).toBe('{}')
  })

  it('writes undefined inside an array as null, as JSON.parse would read it back', () => {
    const value = [1, undefined, 'x']
    expect(canonicalJson(value)).toBe(JSON.stringify(value))
    expect(canonicalJson(undefined)).toBe('null')
  })

  it('reads back as the same value', () => {
    const value = { name: '株式会社 さくら 🌸', n: -1.5, ok: true, none: null, list: ['“q”', '\n'] }
    expect(JSON.parse(canonicalJson(value))).toEqual(value)
  })
})

describe('sha256Hex', () => {
  it('gives the standard SHA-256 of the UTF-8 text as lowercase hex', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(await sha256Hex('é')).not.toBe(await sha256Hex('e\u0301'))
  })
})
