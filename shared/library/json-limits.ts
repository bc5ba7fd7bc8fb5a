/** Deeper than any document the app writes (about ten levels), far below a stack overflow. */
export const MAX_JSON_DEPTH = 64

/** Keys that mean something to JavaScript objects themselves; no document of the app has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Checks parsed JSON before anything walks it recursively (schemas, canonical text, hashes):
 * nesting deeper than `maxDepth`, or a key an object would treat specially (a `__proto__` entry
 * is dropped by a record schema, so it could slip past a checksum). Walks with its own stack, so
 * a 100,000-deep value is answered, not overflowed. Returns what is wrong, or null.
 */
export const jsonShapeProblem = (value: unknown, maxDepth = MAX_JSON_DEPTH): string | null => {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth >= maxDepth) return `it is nested more than ${maxDepth} levels deep`
    if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1])
      continue
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return `it holds the key “${key}”, which no document has`
      stack.push([(current as Record<string, unknown>)[key], depth + 1])
    }
  }
  return null
}
