import { hostname } from 'node:os'
import { localMinute } from '../../shared/library/file-names'
import type { ReadOnlyReason } from './library-lock'

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'the app is not allowed to write there',
  EPERM: 'the app is not allowed to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
}

/** A system error code of a failed write, in words; an unknown code is shown as it is. */
export const writeFailureWords = (code: string): string => WRITE_REASONS[code] ?? `error ${code}`

const since = (iso: string) => {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? '' : ` since ${localMinute(at)}`
}

/** Who holds the library, as a person would look for it: which app, on which computer, since when. */
const describeHolder = (holder: Extract<ReadOnlyReason, { kind: 'locked' }>['holder']) => {
  if (!holder) return 'another copy of Smartketing Workshop'
  const where =
    holder.host === hostname()
      ? `on this computer (process ${holder.pid})`
      : `on the computer “${holder.host.slice(0, 60)}”`
  return `Smartketing Workshop ${holder.appVersion.slice(0, 20)} ${where}${since(holder.startedAt)}`
}

/** What a person is told when the library opens read-only, and what they can do about it. */
export const describeReadOnly = (why: ReadOnlyReason): string =>
  why.kind === 'locked'
    ? `This library is open in ${describeHolder(why.holder)}, so it opens read-only here and no ` +
      'edit of either is lost. Close it there; this window can edit again within a minute.'
    : `The data folder cannot be written (${writeFailureWords(why.code)}), so the library opens ` +
      'read-only: everything can be viewed, nothing can be saved. Choose another folder in ' +
      'Settings → Data folder, or make this one writable: the app notices within a minute.'
