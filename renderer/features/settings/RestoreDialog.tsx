import { useEffect, useRef, useState } from 'react'
import type { BackupInfo } from '../../../shared/library/library'
import type { RestoreChange } from '../../../shared/portability/portability-api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { formatExact, formatPair, plural } from '../portability/labels'
import './backups.css'
import { detach } from '../../lib/detach'

const GROUPS: [RestoreChange['change'], string][] = [
  ['removed', 'Moved to the trash folder: not in the backup'],
  ['replaced', 'Put back to the version in the backup'],
  ['restored', 'Brought back: missing now'],
]

const holds = (contents: string | undefined) => (contents ? ` (${contents})` : '')

const Change = ({ change: c }: { change: RestoreChange }) => {
  const title = c.backup?.title ?? c.here?.title ?? c.path
  const [now, then] = formatPair(c.here?.updatedAt ?? null, c.backup?.updatedAt ?? null)
  return (
    <li>
      <span>
        <strong>{c.clientName ?? 'Not tied to a client'}</strong> · {c.what} “{title}”
      </span>
      <span className="hint">
        {c.here && `Now: changed ${now}${holds(c.here.contents)}`}
        {c.here && c.backup && ' · '}
        {c.backup && `In the backup: changed ${then}${holds(c.backup.contents)}`}
      </span>
    </li>
  )
}

const Changes = ({ changes }: { changes: RestoreChange[] }) => (
  <>
    {GROUPS.map(([kind, heading]) => {
      const some = changes.filter((c) => c.change === kind)
      if (some.length === 0) return null
      return (
        <section key={kind} aria-label={heading}>
          <h3>
            {heading} ({some.length})
          </h3>
          <ul className="restore-changes">
            {some.map((c) => (
              <Change key={c.path} change={c} />
            ))}
          </ul>
        </section>
      )
    })}
  </>
)

const unchangedLine = (n: number) =>
  n === 1
    ? '1 document is the same in both and stays as it is.'
    : `${n} documents are the same in both and stay as they are.`

/**
 * Restoring asks only after showing, document by document, what would come back or go. The dialog
 * stays, its buttons disabled, until `onConfirm` settles: a large restore takes a moment.
 */
export const RestoreDialog = ({
  backup,
  onCancel,
  onConfirm,
}: {
  backup: BackupInfo
  onCancel: () => void
  onConfirm: () => void | Promise<unknown>
}) => {
  const ref = useRef<HTMLDialogElement>(null)
  const [restoring, setRestoring] = useState(false)
  const preview = useApiData(
    () => api.call('backups:preview', { backupId: backup.id }),
    backup.id,
    'library',
  )
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal?.()
  }, [])
  // Closing the dialog itself hands focus back to the Restore button that opened it.
  const close = () => ref.current?.close()
  const restore = async () => {
    setRestoring(true)
    try {
      await onConfirm()
    } finally {
      setRestoring(false)
      close()
    }
  }
  const changes = preview.status === 'ready' ? preview.value.changes : []
  const ready = preview.status === 'ready'
  return (
    <dialog
      ref={ref}
      className="dialog restore-dialog"
      aria-labelledby="restore-title"
      aria-busy={preview.status === 'loading' || restoring}
      onClose={onCancel}
      onCancel={(e) => {
        // Escape must not hide a restore that is still running.
        if (restoring) e.preventDefault()
      }}
    >
      <h2 id="restore-title">Restore the backup of {formatExact(backup.createdAt)}?</h2>
      {preview.status === 'loading' && <p role="status">Comparing the backup with the library…</p>}
      {preview.status === 'error' && (
        <ErrorNotice error={preview.error} title="This backup cannot be restored." />
      )}
      {ready && changes.length === 0 && (
        <p>
          This backup holds the library exactly as it is now: restoring it would change nothing.
        </p>
      )}
      {ready && changes.length > 0 && (
        <>
          <p>
            {plural(changes.length, 'document')} would change. The library as it is now is backed up
            first, so the restore can itself be undone.
          </p>
          {/* Focusable, so a long list scrolls from the keyboard too. */}
          <div
            className="restore-scroll"
            role="region"
            aria-label="What the restore would change"
            tabIndex={0}
          >
            <Changes changes={changes} />
          </div>
        </>
      )}
      {ready && <p className="hint">{unchangedLine(preview.value.unchanged)}</p>}
      <div className="row end">
        <button type="button" autoFocus onClick={close} disabled={restoring}>
          {ready && changes.length === 0 ? 'Close' : 'Cancel'}
        </button>
        {ready && changes.length > 0 && (
          <button
            type="button"
            className="danger"
            disabled={restoring}
            onClick={() => detach(restore())}
          >
            {restoring ? 'Restoring…' : 'Restore backup'}
          </button>
        )}
      </div>
    </dialog>
  )
}
