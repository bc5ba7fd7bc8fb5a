import { useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { AlignmentCheck, AlignmentQuestionId } from '../../../shared/followup/tracker'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

type Answers = AlignmentCheck['answers']
type Context = AlignmentCheck['context']

export type SaveState = 'untouched' | 'pending' | 'saving' | 'saved' | 'error'

const SAVE_AFTER_MS = 400

/** Answers change at once on screen and reach the disk shortly after the last change. */
export const useAlignmentDraft = (clientId: string, context: Context, initial: Answers) => {
  const [answers, setAnswers] = useState(initial)
  const [saveState, setSaveState] = useState<SaveState>('untouched')
  const [error, setError] = useState<AppError | null>(null)
  const pending = useRef<{ timer: number; answers: Answers } | null>(null)
  const save = useRef(async (next: Answers) => {
    setSaveState('saving')
    const r = await api.call('followup:saveAlignment', { clientId, context, answers: next })
    setError(r.ok ? null : r.error)
    setSaveState(r.ok ? (pending.current ? 'pending' : 'saved') : 'error')
  })
  useEffect(
    () => () => {
      // Leaving the screen must not lose the last answer.
      const last = pending.current
      if (!last) return
      window.clearTimeout(last.timer)
      pending.current = null
      detach(save.current(last.answers))
    },
    [],
  )
  const setAnswer = (memberId: string, questionId: AlignmentQuestionId, score: number | null) => {
    const mine = { ...answers[memberId] }
    if (score === null) delete mine[questionId]
    else mine[questionId] = score
    const next = { ...answers, [memberId]: mine }
    setAnswers(next)
    setSaveState('pending')
    if (pending.current) window.clearTimeout(pending.current.timer)
    const timer = window.setTimeout(() => {
      pending.current = null
      detach(save.current(next))
    }, SAVE_AFTER_MS)
    pending.current = { timer, answers: next }
  }
  return { answers, setAnswer, saveState, error }
}
