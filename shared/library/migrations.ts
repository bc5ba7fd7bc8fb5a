import type { z } from 'zod'

/** One step: takes a file of version `to - 1` and returns it as version `to`. Pure. */
export interface Migration {
  to: number
  up: (data: Record<string, unknown>) => Record<string, unknown>
}

export type MigrationOutcome<T> =
  | { status: 'current'; data: T; fromVersion: number }
  | { status: 'newer'; fromVersion: number }
  | { status: 'invalid'; reason: string }

export interface FileKind<T> {
  label: string
  currentVersion: number
  migrations: readonly Migration[]
  schema: z.ZodType<T>
}

const versionOf = (raw: unknown): number | null => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const v = (raw as Record<string, unknown>)['schemaVersion']
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null
}

/**
 * Brings any stored version up to the current one, one ordered step at a time, then validates.
 * A file from a newer app is never touched: the caller opens it read-only.
 */
export const migrate = <T>(kind: FileKind<T>, raw: unknown): MigrationOutcome<T> => {
  const fromVersion = versionOf(raw)
  if (fromVersion === null)
    return { status: 'invalid', reason: `${kind.label} has no schemaVersion` }
  if (fromVersion > kind.currentVersion) return { status: 'newer', fromVersion }
  let data = raw as Record<string, unknown>
  for (let v = fromVersion + 1; v <= kind.currentVersion; v++) {
    const step = kind.migrations.find((m) => m.to === v)
    if (!step) return { status: 'invalid', reason: `No migration to version ${v}` }
    data = { ...step.up(data), schemaVersion: v }
  }
  const parsed = kind.schema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.join('.') || 'file'
    return { status: 'invalid', reason: `${where}: ${first?.message ?? 'invalid'}` }
  }
  return { status: 'current', data: parsed.data, fromVersion }
}
