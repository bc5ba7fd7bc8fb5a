import { useMemo } from 'react'
import type { AgreementFile } from '../../../shared/comms/agreement'
import { latestVersion } from '../../../shared/comms/agreement-file'
import { checkAgreement } from '../../../shared/comms/checks'
import { URGENCY_LABELS } from '../../../shared/comms/defaults'
import { byDepartment } from '../../../shared/comms/edits'
import {
  channelName,
  formatHours,
  formatOffGrid,
  formatResponse,
} from '../../../shared/comms/format'
import type { LiveContent } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { Paged } from '../audience/BoardPages'
import { HeatMap } from './HeatMap'
import { clockWords } from '../../lib/formats'

type Draft = Extract<LiveContent, { kind: 'agreement' }>

/** The projector's view of the agreement, following the session's phase; read-only and large. */
export const AudienceComms = ({
  clientId,
  agreementId,
  phaseIndex,
  heatMap,
  draft,
}: {
  clientId: string
  agreementId: string
  phaseIndex: number
  heatMap: 'people' | 'departments'
  /** The console's edits not saved yet. */
  draft: Draft | null
}) => {
  const view = useApiData(
    () => api.call('agreements:get', { clientId, agreementId }),
    `${clientId}/${agreementId}`,
    { clientId },
  )
  const stored = view.status === 'ready' ? view.value.agreement : null
  const a = useMemo(
    () =>
      stored && draft?.agreementId === stored.id
        ? { ...stored, ratings: draft.ratings, terms: draft.terms }
        : stored,
    [stored, draft],
  )
  if (!a) return null
  const focus = Math.min(phaseIndex, 4)
  return (
    <>
      {focus <= 1 && (
        <HeatMap
          participants={a.participants}
          ratings={a.ratings}
          channels={focus === 0 ? a.terms.channels : a.terms.channels.filter((c) => c.inUse)}
          mode={heatMap}
          projected
        />
      )}
      {focus === 1 && <ChannelsInUse agreement={a} />}
      {focus === 2 && <LevelsTable agreement={a} />}
      {focus === 3 && <PeopleTable agreement={a} />}
      {focus === 4 && <CheckAndAgree agreement={a} />}
    </>
  )
}

const ChannelsInUse = ({ agreement: { terms } }: { agreement: AgreementFile }) => (
  <p className="audience-channels">
    In use:{' '}
    {terms.channels
      .filter((c) => c.inUse)
      .map((c) => `${c.name}${c.fast ? ' (fast)' : ''}`)
      .join(' · ') || 'none yet'}
  </p>
)

const LevelsTable = ({ agreement: { terms } }: { agreement: AgreementFile }) => (
  <Paged
    id="levels"
    items={terms.levels.map((l) => (
      <tr key={l.id} data-page-item>
        <th scope="row">
          {l.name} <span className="hint">{URGENCY_LABELS[l.urgency]}</span>
        </th>
        <td>{channelName(terms.channels, l.primary)}</td>
        <td>{channelName(terms.channels, l.fallback)}</td>
        <td>{formatResponse(l.responseMinutes)}</td>
        <td>{l.noAnswer}</td>
      </tr>
    ))}
    content={terms}
    render={(visible) => (
      <table className="audience-table" aria-label="Message levels">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">First</th>
            <th scope="col">If no answer</th>
            <th scope="col">Answer within</th>
            <th scope="col">Then</th>
          </tr>
        </thead>
        <tbody>{visible}</tbody>
      </table>
    )}
  />
)

const PeopleTable = ({ agreement: a }: { agreement: AgreementFile }) => (
  <Paged
    id="people"
    items={byDepartment(a.participants).map((p) => {
      const av = a.terms.people.find((x) => x.memberId === p.memberId)
      return (
        <tr key={p.memberId} data-page-item>
          <th scope="row">{p.name}</th>
          <td>{av ? `${formatHours(av, clockWords)} · ${av.timeZone}` : '—'}</td>
          <td>{av ? formatOffGrid(av, clockWords).join('; ') || '—' : '—'}</td>
          <td>{av ? channelName(a.terms.channels, av.urgentChannel) : '—'}</td>
        </tr>
      )
    })}
    content={a.terms}
    render={(visible) => (
      <table className="audience-table" aria-label="People">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Hours</th>
            <th scope="col">Off the grid</th>
            <th scope="col">Urgent</th>
          </tr>
        </thead>
        <tbody>{visible}</tbody>
      </table>
    )}
  />
)

const CheckAndAgree = ({ agreement: a }: { agreement: AgreementFile }) => {
  const findings = checkAgreement(a)
  const latest = latestVersion(a)
  const waiting = a.participants.filter((p) => !latest?.acknowledgements[p.memberId])
  return (
    <div className="audience-agree">
      <h2>
        {findings.length === 0
          ? 'No warnings'
          : `${findings.length} ${findings.length === 1 ? 'warning' : 'warnings'}`}
      </h2>
      <p>
        {latest
          ? `Version ${latest.number}: ${Object.keys(latest.acknowledgements).length} of ${a.participants.length} acknowledged`
          : 'Not published yet'}
      </p>
      {latest && waiting.length > 0 && (
        <p className="hint">Still to acknowledge: {waiting.map((p) => p.name).join(', ')}</p>
      )}
      <Paged
        id="checks"
        items={findings.map((f) => (
          <li key={f.key} data-page-item>
            {f.message}
          </li>
        ))}
        content={a}
        render={(visible) => <ul>{visible}</ul>}
      />
    </div>
  )
}
