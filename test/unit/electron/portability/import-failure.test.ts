import { describe, expect, it } from 'vitest'
import { localMinute } from '../../../../shared/library/file-names'
import type { BackupInfo } from '../../../../shared/library/library'
import {
  changedWhileImporting,
  reasonInWords,
  writeFailure,
} from '../../../../electron/portability/import-failure'
import { WriteAbandoned } from '../../../../electron/portability/write-all-or-nothing'

const backup: BackupInfo = {
  id: 'backup-20261123T102300-000Z',
  createdAt: '2026-11-23T10:23:00.000Z',
  clientCount: 2,
  fileCount: 9,
  bytes: 4096,
  addedBytes: 1024,
  kind: 'snapshot',
}

describe('what a failed import tells the person', () => {
  it('puts the system’s common error codes into words and passes others through', () => {
    expect(reasonInWords('ENOSPC')).toBe('the disk is full')
    expect(reasonInWords('EACCES')).toBe('no permission to write there')
    expect(reasonInWords('EPERM')).toBe('no permission to write there')
    expect(reasonInWords('EROFS')).toBe('the disk is read-only')
    expect(reasonInWords('EIO')).toBe('EIO')
  })

  it('says nothing was imported when every file was put back', () => {
    const e = new WriteAbandoned('workshops/acme-01/goals-01.json', 'ENOSPC', true)
    expect(writeFailure(e, backup)).toMatchObject({
      code: 'IO',
      message:
        'The import could not write workshops/acme-01/goals-01.json (the disk is full); every file was put back as it was. Nothing was imported.',
    })
  })

  it('names the backup to restore by its local date and time, as the Backups list shows it', () => {
    const e = new WriteAbandoned('clients/acme-01.json', 'EACCES', false)
    const { message } = writeFailure(e, backup)
    expect(message).toBe(
      `The import could not write clients/acme-01.json (no permission to write there), and not every file could be put back. Restore the backup from ${localMinute(new Date(backup.createdAt))} in Settings → Backups.`,
    )
    expect(message).not.toContain(backup.id)
  })

  it('still points to the backups when it cannot name one', () => {
    const e = new WriteAbandoned('clients/acme-01.json', 'EROFS', false)
    expect(writeFailure(e, null).message).toMatch(
      /\(the disk is read-only\), .* Restore the backup made just before the import in Settings → Backups\.$/,
    )
  })

  it('refuses an import whose files changed after planning as a conflict', () => {
    expect(changedWhileImporting()).toMatchObject({
      code: 'CONFLICT',
      message: 'The library changed while importing; nothing was imported.',
    })
  })
})
