import { migrate } from '../library/migrations'
import type { DocumentRef, DocumentSide } from './document-path'
import { describeDocument, FILE_KINDS, identityProblem, kindLabel } from './document-path'

export type CheckedDocument =
  | { status: 'ok'; doc: unknown }
  | { status: 'newer'; fromVersion: number }
  | { status: 'invalid'; reason: string }

/**
 * A document from outside this library, checked as the app checks its own files on opening:
 * upgraded through its kind's migrations, validated, and refused when a newer app wrote it.
 */
export const checkDocument = (ref: DocumentRef, raw: unknown): CheckedDocument => {
  const outcome = migrate(FILE_KINDS[ref.kind], raw)
  if (outcome.status === 'newer') return { status: 'newer', fromVersion: outcome.fromVersion }
  if (outcome.status === 'invalid') return { status: 'invalid', reason: outcome.reason }
  const problem = identityProblem(ref, outcome.data)
  return problem ? { status: 'invalid', reason: problem } : { status: 'ok', doc: outcome.data }
}

/** How a person recognises a document in a message: “Q2 goals” (Goal workshop). */
export const nameOf = (ref: DocumentRef, raw: unknown): string => {
  const side: DocumentSide = describeDocument(ref.kind, raw)
  return `“${side.title}” (${kindLabel(ref.kind, raw)})`
}
