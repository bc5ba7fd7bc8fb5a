import { AppFailure } from '../../shared/api/result'
import { localMinute } from '../../shared/library/file-names'
import type { BackupInfo } from '../../shared/library/library'
import type { WriteAbandoned } from './write-all-or-nothing'

const NO_PERMISSION = 'no permission to write there'

/** The system's error codes a person can act on, in words; any other code is shown as it is. */
const IN_WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
  EROFS: 'the disk is read-only',
}

export const reasonInWords = (reason: string): string => IN_WORDS[reason] ?? reason

/** Named as the Backups list shows it (by when it was made), never by its id. */
const backupName = (backup: BackupInfo | null) =>
  backup
    ? `the backup from ${localMinute(new Date(backup.createdAt))}`
    : 'the backup made just before the import'

export const writeFailure = (e: WriteAbandoned, backup: BackupInfo | null): AppFailure => {
  const what = `The import could not write ${e.failedPath} (${reasonInWords(e.reason)})`
  return e.rolledBack
    ? new AppFailure('IO', `${what}; every file was put back as it was. Nothing was imported.`)
    : new AppFailure(
        'IO',
        `${what}, and not every file could be put back. Restore ${backupName(backup)} in Settings → Backups.`,
      )
}

/** A file the import would replace was saved again after the plan was made; nothing was written. */
export const changedWhileImporting = (): AppFailure =>
  new AppFailure('CONFLICT', 'The library changed while importing; nothing was imported.')
