import { useEffect, useRef } from 'react'
import { applyPhoneAnswer } from '../../../shared/comms/phone-answer'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'
import type { AgreementEditor } from './useAgreementEditor'

/**
 * Ratings and hours sent from phones go into the agreement through the console's own editor, as
 * if the facilitator had typed them: the agreement keeps one writer, the autosave stores them, the
 * projector shows them, and the facilitator can still change anything afterwards.
 */
export const usePhoneAnswers = (
  status: DeviceStatus | null,
  workshopId: string,
  editor: AgreementEditor,
  readOnly: boolean,
) => {
  const taken = useRef(new Map<string, number>())
  const { update } = editor
  useEffect(() => {
    if (!status || status.workshopId !== workshopId || readOnly) return
    for (const answer of status.phoneComms) {
      if ((taken.current.get(answer.memberId) ?? 0) >= answer.seq) continue
      taken.current.set(answer.memberId, answer.seq)
      update((draft) => applyPhoneAnswer(draft, answer))
      detach(api.call('devices:takeComms', { memberId: answer.memberId, seq: answer.seq }))
    }
  }, [status, workshopId, readOnly, update])
}
