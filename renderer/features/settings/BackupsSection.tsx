import { useState } from 'react'
import type { BackupInfo } from '../../../shared/library/library'
import { BACKUP_RETENTION } from '../../../shared/library/library'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { formatExact, plural } from '../portability/labels'
import { RestoreDialog } from './RestoreDialog'
import { detach } from '../../lib/detach'

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The app backs the library up at every start (the last ten are kept); any one can be restored. */
export const BackupsSection = () => {
  const [refresh, setRefresh] = useState(0)
  const backups = useApiData(() => api.call('backups:list', {}), String(refresh), 'folder')
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const toast = useToast()

  const backUpNow = async () => {
    const r = await api.call('backups:create', {})
    if (!r.ok) return toast({ message: r.error.message, tone: 'error' })
    toast({ message: r.value ? 'Backup made.' : 'Nothing changed since the last backup.' })
    setRefresh((n) => n + 1)
  }
  /** The dialog stays open, saying "Restoring…", until the restore is done either way. */
  const restore = async (backup: BackupInfo) => {
    const r = await api.call('backups:restore', { backupId: backup.id })
    setRestoring(null)
    if (!r.ok) return toast({ message: r.error.message, tone: 'error' })
    toast({
      message: `Restored the backup of ${formatExact(backup.createdAt)}. The state before it was backed up too.`,
    })
    setRefresh((n) => n + 1)
  }

  return (
    <section className="card" aria-labelledby="backups-title">
      <div className="row spread">
        <h2 id="backups-title">Backups</h2>
        <button type="button" onClick={() => detach(backUpNow())}>
          Back up now
        </button>
      </div>
      <p className="hint">
        A few seconds after the app starts, a backup stores what changed since the last one, deleted
        clients included. The {BACKUP_RETENTION.keepAtMost} most recent from the last{' '}
        {BACKUP_RETENTION.maxAgeDays} days are kept in the data folder, and always the{' '}
        {BACKUP_RETENTION.keepAtLeast} newest.
      </p>
      {backups.status === 'ready' && backups.value.length === 0 && <p>No backups yet.</p>}
      {backups.status === 'ready' && backups.value.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {backups.value.map((b) => (
            <li key={b.id} className="row spread">
              <span>
                {formatExact(b.createdAt)} · {plural(b.clientCount, 'client')} · {size(b.bytes)}
                {b.kind === 'snapshot' ? ` (${size(b.addedBytes)} stored)` : ' (full copy)'}
              </span>
              <button
                type="button"
                aria-label={`Restore backup of ${formatExact(b.createdAt)}`}
                onClick={() => setRestoring(b)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {restoring && (
        <RestoreDialog
          key={restoring.id}
          backup={restoring}
          onCancel={() => setRestoring(null)}
          onConfirm={() => restore(restoring)}
        />
      )}
    </section>
  )
}
