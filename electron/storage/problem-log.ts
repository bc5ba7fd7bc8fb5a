import type { LibraryProblem } from '../../shared/library/library'

export interface DocumentTrouble {
  /** "workshop", "agreement", "follow-up file", "workshop plan template". */
  noun: string
  /** The file's path inside the data folder, with forward slashes. */
  file: string
  clientId: string | null
  cause: 'damaged' | 'inaccessible'
  reason: string
  movedTo: string | null
}

/**
 * Every file of the library found unreadable, whenever it was found: at opening (clients, index),
 * or later when a client's sessions are listed or a document is opened. The library's health shows
 * them all, each once, named by client.
 */
export class ProblemLog {
  private readonly byFile = new Map<string, LibraryProblem>()

  constructor(
    initial: readonly LibraryProblem[],
    private readonly clientName: (clientId: string) => string | null,
  ) {
    for (const p of initial) this.add(p)
  }

  add(problem: LibraryProblem): void {
    this.byFile.set(`${problem.kind}:${problem.file}`, problem)
  }

  /** A client's document that could not be read: what it is, whose it is, where it is now. */
  document(t: DocumentTrouble): void {
    const name = t.clientId ? this.clientName(t.clientId) : null
    const whose = name ? `A ${t.noun} of “${name}”` : `A ${t.noun}`
    const what = t.movedTo
      ? 'It was moved aside, not deleted; a backup has the last good copy.'
      : 'It was left as it is, and opens again once it can be read.'
    this.add({
      kind: t.cause === 'damaged' ? 'corrupt' : 'unreadable',
      file: t.file,
      clientId: t.clientId,
      clientName: name,
      movedTo: t.movedTo,
      message: `${whose} (${t.file}) could not be read: ${t.reason}. ${what}`,
    })
  }

  list(): LibraryProblem[] {
    return [...this.byFile.values()].sort((a, b) => a.file.localeCompare(b.file))
  }
}
