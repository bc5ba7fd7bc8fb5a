import type { MergeStatus } from '../../../shared/portability/merge-plan'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ConflictCard } from './ConflictCard'
import { changeCount, countBy, formatWhen, plural } from './labels'
import { PlanTable } from './PlanTable'
import type { ImportState, useImport } from './useImport'
import { useFocusOnMount } from './useFocusOnMount'

type PreviewState = Extract<ImportState, { step: 'preview' }>

const SUMMARY: [MergeStatus, string][] = [
  ['new', 'new'],
  ['incoming-newer', 'will be updated'],
  ['here-newer', 'kept, newer here'],
  ['identical', 'identical'],
  ['conflict', 'changed in both places'],
]

/** Everything the import would do, before it does it; conflicts wait for a choice. */
export const ImportPreviewPanel = ({
  state,
  importer,
  onCancel,
}: {
  state: PreviewState
  importer: ReturnType<typeof useImport>
  onCancel: () => void
}) => {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const { preview, choices, importing, error, fileName } = state
  const counts = countBy(preview.items)
  const conflicts = preview.items.filter((i) => i.status === 'conflict')
  const listed = preview.items.filter((i) => i.status !== 'identical')
  const identical = preview.items.filter((i) => i.status === 'identical')
  const changes = changeCount(preview.items, choices)
  return (
    <section
      className="import-preview"
      aria-labelledby="import-preview-title"
      aria-busy={importing}
    >
      <h3 id="import-preview-title" ref={heading} tabIndex={-1}>
        Before importing “{fileName}”
      </h3>
      <p className="hint">
        {preview.scope === 'client' ? 'One client' : 'A whole library'}, exported{' '}
        {formatWhen(preview.createdAt)} by Smartketing Workshop {preview.appVersion}.
      </p>
      <ul className="import-summary" aria-label="Summary">
        {SUMMARY.map(([status, words]) => (
          <li key={status} className={counts[status] === 0 ? 'none' : `plan-${status}`}>
            <strong>{counts[status]}</strong> {words}
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} title="Not imported." />}
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-title">
          <h4 id="conflicts-title">Changed in both places: choose which version to keep</h4>
          {conflicts.map((item) => (
            <ConflictCard
              key={item.path}
              item={item}
              choice={choices[item.path] ?? 'keep-mine'}
              onChoose={(choice) => importer.setChoice(item.path, choice)}
            />
          ))}
        </section>
      )}
      {listed.length > 0 && (
        <PlanTable items={listed} choices={choices} caption="What the import would do" />
      )}
      {identical.length > 0 && (
        <details className="plan-identical">
          <summary>{plural(identical.length, 'document')} already the same here: no change</summary>
          <PlanTable items={identical} choices={choices} caption="Documents already the same" />
        </details>
      )}
      {changes === 0 && <p>Nothing in this file would change your library.</p>}
      <div className="row">
        {changes > 0 && (
          <button type="button" className="primary" disabled={importing} onClick={importer.confirm}>
            {importing ? 'Importing…' : `Import ${plural(changes, 'change')}`}
          </button>
        )}
        <button type="button" onClick={onCancel} disabled={importing}>
          {changes > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  )
}
