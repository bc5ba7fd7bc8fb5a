import { z } from 'zod'

/** Every failure that crosses a process boundary has one of these codes. */
export const ErrorCode = z.enum([
  'VALIDATION', // the input does not match the call's schema
  'UNKNOWN_CALL', // no such call in the contract
  'NOT_FOUND', // the client, member, workshop or backup does not exist
  'READ_ONLY', // the file was written by a newer version of the app
  'CONFLICT', // the operation contradicts the stored data
  'IO', // the disk refused (permissions, full, missing folder)
  'UNSUPPORTED', // this transport cannot do it (e.g. a native dialog in the browser host)
  'FORBIDDEN', // the caller is not the app's own page
  'INTERNAL', // a bug: the message says what happened, never a stack trace
])
export type ErrorCode = z.infer<typeof ErrorCode>

export const AppErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type AppError = z.infer<typeof AppErrorSchema>

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (
  code: ErrorCode,
  message: string,
  issues?: AppError['issues'],
): Result<never> =>
  issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } }

/** Thrown inside services; turned into `{ ok: false }` at the boundary, never sent as an exception. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: AppError['issues'],
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
