import type { AgreementFile, AgreementTerms } from '../comms/agreement'
import { URGENCY_LABELS } from '../comms/defaults'
import type { ClockWords } from '../comms/format'
import { channelName, formatHours, formatOffGrid, formatResponse } from '../comms/format'
import type { AgreementSheetModel } from './sheet-models'

const DEPARTMENTS: Record<string, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  management: 'Management',
  other: 'Other',
}

/**
 * The printed agreement for a published version (with who acknowledged it), or for the current
 * draft when `version` is null.
 */
export const agreementSheet = (
  a: AgreementFile,
  clientName: string,
  facilitatorName: string,
  version: number | null,
  today: string,
  /** Times and dates in the person's formats; as stored when left out. */
  words?: ClockWords,
): AgreementSheetModel => {
  const published = version === null ? null : a.versions.find((v) => v.number === version)
  if (version !== null && !published) throw new RangeError(`No version ${version}`)
  const terms: AgreementTerms = published?.terms ?? a.terms
  const inUse = terms.channels.filter((c) => c.inUse)
  return {
    kind: 'agreement',
    header: {
      clientName,
      workshopTitle: a.title,
      sessionDate: published ? published.publishedAt.slice(0, 10) : today,
      facilitatorName,
    },
    versionLabel: published
      ? `Version ${published.number}${published.note ? ` — ${published.note}` : ''}`
      : 'Draft — not yet published',
    channels: inUse.map((c) => c.name),
    levels: terms.levels.map((l) => ({
      name: l.name,
      urgency: URGENCY_LABELS[l.urgency],
      cells: inUse.map((c) => (c.id === l.primary ? '1st' : c.id === l.fallback ? '2nd' : '')),
      response: formatResponse(l.responseMinutes),
      noAnswer: l.noAnswer,
    })),
    people: a.participants.map((p) => {
      const avail = terms.people.find((x) => x.memberId === p.memberId)
      const ack = published?.acknowledgements[p.memberId]
      return {
        name: p.name,
        department: DEPARTMENTS[p.department] ?? p.department,
        timeZone: avail?.timeZone ?? '',
        hours: avail ? formatHours(avail, words) : 'Not recorded',
        offGrid: avail ? formatOffGrid(avail, words) : [],
        preferred: avail?.preferredChannel
          ? channelName(terms.channels, avail.preferredChannel)
          : 'No preference',
        urgent: avail?.urgentChannel
          ? `${channelName(terms.channels, avail.urgentChannel)}${avail.urgentNote ? ` — ${avail.urgentNote}` : ''}`
          : avail?.urgentNote || 'Not agreed yet',
        acknowledgedAt: ack ? ack.slice(0, 10) : null,
      }
    }),
  }
}
