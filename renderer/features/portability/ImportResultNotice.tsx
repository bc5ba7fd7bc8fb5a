import type { ImportResult } from '../../../shared/portability/portability-api'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { formatExact } from './labels'
import { useFocusOnMount } from './useFocusOnMount'

const BackupLine = ({ backupId }: { backupId: string | null }) => {
  const backups = useApiData(() => api.call('backups:list', {}), backupId ?? '', 'folder')
  if (backupId === null) return <p>Nothing needed to change, so no backup was made.</p>
  const made = backups.status === 'ready' ? backups.value.find((b) => b.id === backupId) : null
  return (
    <p>
      Your library was backed up just before the import
      {made ? ` (backup of ${formatExact(made.createdAt)})` : ''}: to undo the import, restore that
      backup under Backups below.
    </p>
  )
}

/** What the import did, in counts, and how to take it back. */
export const ImportResultNotice = ({
  fileName,
  result,
}: {
  fileName: string
  result: ImportResult
}) => {
  const ref = useFocusOnMount<HTMLDivElement>()
  const { added, updated, kept, unchanged, backupId } = result
  return (
    <div ref={ref} tabIndex={-1} role="status" className="notice notice-success">
      <p>
        <strong>Imported “{fileName}”:</strong> {added} added · {updated} updated · {kept} kept as
        they are here · {unchanged} already the same.
      </p>
      <BackupLine backupId={backupId} />
    </div>
  )
}
