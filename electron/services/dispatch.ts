import type { z } from 'zod'
import { contract, isChannel } from '../../shared/api/contract'
import type { AppError, Result } from '../../shared/api/result'
import { jsonShapeProblem } from '../../shared/library/json-limits'
import { AppFailure, fail, ok } from '../../shared/api/result'
import { readFailureReason } from '../storage/file-reads'
import type { Handlers } from './handlers/types'

const issuesOf = (error: z.ZodError): NonNullable<AppError['issues']> =>
  error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }))

/** System calls that only read: their failure never means something was not saved. */
const READS = new Set(['read', 'scandir', 'stat', 'lstat', 'fstat', 'readlink', 'access'])

const describeIo = (e: NodeJS.ErrnoException): string => {
  if (READS.has(e.syscall ?? ''))
    return `A file in the data folder could not be read (${readFailureReason(e)}).`
  switch (e.code) {
    case 'ENOSPC':
      return 'The disk is full; nothing was saved. Free some space and try again.'
    case 'EACCES':
    case 'EPERM':
      return 'The app is not allowed to write to the data folder; nothing was saved.'
    case 'EROFS':
      return 'The data folder is on a read-only disk; nothing was saved.'
    default:
      return `The data folder could not be used (${e.code}); nothing was saved.`
  }
}

/**
 * Answers already checked, by the object the handler returned. Only a frozen answer is kept: a
 * handler returns the same frozen object again only while what it holds is unchanged (the client
 * list of a large library is the one that matters: checking 10,000 summaries on every call would
 * cost more than reading them).
 */
const checked = new WeakMap<object, unknown>()

const checkOutput = (schema: z.ZodType, value: unknown) => {
  const frozen = typeof value === 'object' && value !== null && Object.isFrozen(value)
  if (frozen && checked.has(value)) return { success: true as const, data: checked.get(value) }
  const output = schema.safeParse(value)
  if (frozen && output.success) checked.set(value, output.data)
  return output
}

/**
 * The one gate both transports pass through: unknown calls and bad input are refused before any
 * service runs, and whatever happens inside comes back as a Result, never as a thrown error.
 */
export const dispatch = async (
  handlers: Handlers,
  name: string,
  raw: unknown,
): Promise<Result<unknown>> => {
  if (!isChannel(name))
    return fail('UNKNOWN_CALL', `There is no call named “${name.slice(0, 60)}”.`)
  const spec = contract[name]
  const shape = jsonShapeProblem(raw)
  if (shape)
    return fail('VALIDATION', `The request cannot be read safely: ${shape}; nothing was saved.`)
  const input = spec.input.safeParse(raw ?? {})
  if (!input.success) {
    return fail(
      'VALIDATION',
      'Some of what was entered is not valid; nothing was saved.',
      issuesOf(input.error),
    )
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    const value = await handler(input.data)
    const output = checkOutput(spec.output, value)
    if (!output.success) {
      return fail(
        'INTERNAL',
        `The app produced an invalid answer for ${name}.`,
        issuesOf(output.error),
      )
    }
    return ok(output.data)
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message, e.issues)
    const io = e as NodeJS.ErrnoException
    if (typeof io?.code === 'string' && io.syscall) return fail('IO', describeIo(io))
    if ((e as z.ZodError)?.name === 'ZodError') {
      return fail(
        'VALIDATION',
        'The change would leave invalid data; nothing was saved.',
        issuesOf(e as z.ZodError),
      )
    }
    console.error(`[${name}]`, e)
    return fail(
      'INTERNAL',
      `Something went wrong in ${name}: ${(e as Error)?.message ?? String(e)}`,
    )
  }
}
