import type { LibraryProblem } from '../../../shared/library/library'

/** Files the library could not open, named by client, with what happened to each file. */
export const LibraryProblems = ({ problems }: { problems: LibraryProblem[] }) => {
  if (problems.length === 0) return null
  return (
    <section className="notice notice-warning" role="alert" aria-label="Library problems">
      <h2>Some files need attention</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.kind}-${p.file}`}>
            {p.message}
            {p.movedTo && <span className="hint"> Moved to: {p.movedTo}</span>}
          </li>
        ))}
      </ul>
      <p className="hint">Backups are in Settings → Backups. Every other client opened normally.</p>
    </section>
  )
}
