import { z } from 'zod'
import { Settings } from '../../shared/library/settings'

/**
 * conf and electron-store take a JSON-schema `properties` map; it is derived from the zod schema so
 * the two stores and the contract can never disagree. Typed loosely: each library has its own type.
 */
export const settingsJsonSchema = <T>(): T => {
  const json = z.toJSONSchema(Settings) as { properties?: unknown }
  return (json.properties ?? {}) as T
}
