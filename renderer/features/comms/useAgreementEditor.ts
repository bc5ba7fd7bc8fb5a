import { useCallback, useMemo } from 'react'
import type { AgreementFile, AgreementTerms, Rating } from '../../../shared/comms/agreement'
import type { LiveStamp } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { useAutosave } from '../session/useAutosave'

export interface AgreementDraft {
  ratings: Record<string, Record<string, Rating>>
  terms: AgreementTerms
}

/**
 * The agreement as the room edits it, on the one autosave every session board uses. In a timed
 * session `live` carries each change to the projector before the save lands.
 */
export const useAgreementEditor = (
  stored: AgreementFile,
  live?: (draft: AgreementDraft, stamp: LiveStamp) => void,
) => {
  const { clientId, id: agreementId } = stored
  const storedDraft = useMemo(
    () => ({ ratings: stored.ratings, terms: stored.terms }),
    [stored.ratings, stored.terms],
  )
  const saved = useAutosave<AgreementDraft>({
    stored: storedDraft,
    save: (draft, stamp) => api.call('agreements:save', { clientId, agreementId, ...draft, stamp }),
    live,
  })
  const { update } = saved
  const updateTerms = useCallback(
    (change: (t: AgreementTerms) => AgreementTerms) =>
      update((d) => ({ ...d, terms: change(d.terms) })),
    [update],
  )
  return {
    draft: saved.value,
    update,
    updateTerms,
    /** Saves what is pending now, e.g. before publishing, so the version holds the latest edits. */
    flush: saved.flush,
    saveState: saved.saveState,
    saveError: saved.saveError,
  }
}

export type AgreementEditor = ReturnType<typeof useAgreementEditor>
