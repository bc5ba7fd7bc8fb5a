import { useCallback, useEffect, useRef, useState } from 'react'
import type { AgreementFile, AgreementTerms, Rating } from '../../../shared/comms/agreement'
import type { AppError } from '../../../shared/api/result'
import { api } from '../../lib/api'
import type { SaveState } from '../goal-workshop/useBoardEditor'
import { detach } from '../../lib/detach'

const SAVE_DELAY_MS = 400

export interface AgreementDraft {
  ratings: Record<string, Record<string, Rating>>
  terms: AgreementTerms
}

const draftOf = (a: AgreementFile): AgreementDraft => ({ ratings: a.ratings, terms: a.terms })

/**
 * The agreement as the room edits it: every change shows at once and is saved within half a second.
 * When another window saves, the stored version is taken over, unless an edit here is still on its way.
 */
export const useAgreementEditor = (stored: AgreementFile) => {
  const { clientId, id: agreementId } = stored
  const [draft, setDraft] = useState<AgreementDraft>(() => draftOf(stored))
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const latest = useRef(draft)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef(false)

  useEffect(() => {
    if (timer.current || inFlight.current) return
    latest.current = draftOf(stored)
    setDraft(latest.current)
  }, [stored])

  const save = useCallback(async () => {
    timer.current = null
    inFlight.current = true
    setSaveState('saving')
    const r = await api.call('agreements:save', { clientId, agreementId, ...latest.current })
    inFlight.current = false
    setSaveState(r.ok ? (timer.current ? 'pending' : 'saved') : 'error')
    setSaveError(r.ok ? null : r.error)
  }, [clientId, agreementId])

  const update = useCallback(
    (change: (d: AgreementDraft) => AgreementDraft) => {
      const next = change(latest.current)
      latest.current = next
      setDraft(next)
      setSaveState('pending')
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => detach(save()), SAVE_DELAY_MS)
    },
    [save],
  )

  const updateTerms = useCallback(
    (change: (t: AgreementTerms) => AgreementTerms) =>
      update((d) => ({ ...d, terms: change(d.terms) })),
    [update],
  )

  /** Saves what is pending now, e.g. before publishing, so the version holds the latest edits. */
  const flush = useCallback(async () => {
    if (!timer.current) return
    clearTimeout(timer.current)
    await save()
  }, [save])

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        detach(api.call('agreements:save', { clientId, agreementId, ...latest.current }))
      }
    },
    [clientId, agreementId],
  )

  return { draft, update, updateTerms, flush, saveState, saveError }
}

export type AgreementEditor = ReturnType<typeof useAgreementEditor>
