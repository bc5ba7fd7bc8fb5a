import { AppFailure } from '../api/result'
import type { AgreementFile } from './agreement'

/**
 * A person's acknowledgement of a published version, as the console records it and as a phone
 * does: the moment they agreed, kept from the first time; withdrawing removes it.
 */
export const acknowledgeVersion = (
  a: AgreementFile,
  version: number,
  memberId: string,
  acknowledged: boolean,
  now: string,
): AgreementFile => {
  if (!a.participants.some((p) => p.memberId === memberId))
    throw new AppFailure('VALIDATION', 'That person is not part of this agreement.')
  if (!a.versions.some((v) => v.number === version))
    throw new AppFailure('NOT_FOUND', `There is no version ${version} of this agreement.`)
  return {
    ...a,
    updatedAt: now,
    versions: a.versions.map((v) => {
      if (v.number !== version) return v
      // Acknowledging twice keeps the first moment: that is when the person agreed.
      const others = Object.fromEntries(
        Object.entries(v.acknowledgements).filter(([id]) => id !== memberId),
      )
      const at = v.acknowledgements[memberId] ?? now
      return { ...v, acknowledgements: acknowledged ? { ...others, [memberId]: at } : others }
    }),
  }
}
