import { describe, expect, it } from 'vitest'
import { jsonShapeProblem, MAX_JSON_DEPTH } from '../../../../shared/library/json-limits'

const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown

describe('jsonShapeProblem', () => {
  it('accepts ordinary documents, values of any kind and keys that merely look alike', () => {
    expect(jsonShapeProblem({ a: [1, 'x', null, { b: true }], proto: 1, __proto: 2 })).toBeNull()
    expect(jsonShapeProblem('constructor')).toBeNull()
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeNull()
  })

  it('answers a 100,000-deep value with a problem, not a stack overflow', () => {
    expect(jsonShapeProblem(nested(100_000))).toMatch(/nested more than 64 levels deep/)
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))).toMatch(/nested/)
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a “%s” key at any depth', (key) => {
    const value = JSON.parse(`{"files":{"a":[{"${key}":{"x":1}}]}}`) as unknown
    expect(jsonShapeProblem(value)).toMatch(new RegExp(`the key “${key}”`))
  })
})
