import type { LibraryProblem } from '../../../shared/library/library'

/**
 * Why nothing can be saved (another copy of the app holds the library, or the disk refuses), and
 * the files the library could not open, named by client, with what happened to each file.
 */
export const LibraryProblems = ({ problems }: { problems: LibraryProblem[] }) => {
  const readOnly = problems.filter((p) => p.kind === 'read-only')
  const files = problems.filter((p) => p.kind !== 'read-only')
  return (
    <>
      {readOnly.length > 0 && (
        <section className="notice notice-warning" role="alert" aria-label="Library is read-only">
          <h2>This library is read-only</h2>
          {readOnly.map((p) => (
            <p key={p.message}>{p.message}</p>
          ))}
        </section>
      )}
      {files.length > 0 && (
        <section className="notice notice-warning" role="alert" aria-label="Library problems">
          <h2>Some files need attention</h2>
          <ul>
            {files.map((p) => (
              <li key={`${p.kind}-${p.file}`}>
                {p.message}
                {p.movedTo && <span className="hint"> Moved to: {p.movedTo}</span>}
              </li>
            ))}
          </ul>
          <p className="hint">
            Backups are in Settings → Backups. Every other client opened normally.
          </p>
        </section>
      )}
    </>
  )
}
