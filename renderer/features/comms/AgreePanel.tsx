import { useState } from 'react'
import type { AgreementFile, AgreementVersion } from '../../../shared/comms/agreement'
import { latestVersion } from '../../../shared/comms/agreement-file'
import type { CheckFinding } from '../../../shared/comms/checks'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { AgreementPrint } from './AgreementPrint'
import { ChecksList } from './ChecksList'
import { detach } from '../../lib/detach'
import { dateAndTime } from '../../lib/formats'

const when = dateAndTime

interface Props {
  agreement: AgreementFile
  findings: readonly CheckFinding[]
  /** Saves pending edits first, so a version holds what is on screen. */
  flush: () => Promise<void>
  readOnly: boolean
}

/** Check, publish a version, collect acknowledgements, print. */
export const AgreePanel = ({ agreement, findings, flush, readOnly }: Props) => {
  const [note, setNote] = useState('')
  const [error, setError] = useState<AppError | null>(null)
  const latest = latestVersion(agreement)
  const publish = async (e: React.FormEvent) => {
    e.preventDefault()
    await flush()
    const r = await api.call('agreements:publish', {
      clientId: agreement.clientId,
      agreementId: agreement.id,
      note: note.trim(),
    })
    setError(r.ok ? null : r.error)
    if (r.ok) setNote('')
  }
  return (
    <div className="agree-panel">
      <section className="card">
        <ChecksList findings={findings} />
      </section>
      <section className="card" aria-labelledby="publish-title">
        <h3 id="publish-title">Publish</h3>
        <p className="hint">
          {latest
            ? `Version ${latest.number} was published ${when.format(new Date(latest.publishedAt))}. Publishing again keeps it and starts a new round of acknowledgements.`
            : 'Nothing published yet. A version freezes channels, levels and people for everyone to acknowledge.'}
          {findings.length > 0 &&
            ` ${findings.length} warnings are still open; you can publish anyway.`}
        </p>
        {!readOnly && (
          <form className="row wrap" onSubmit={publish} aria-label="Publish a version">
            <label className="grow">
              What changed (optional)
              <input value={note} maxLength={120} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button type="submit" className="primary">
              Publish version {(latest?.number ?? 0) + 1}
            </button>
          </form>
        )}
        {error && <ErrorNotice error={error} title="Not published." />}
      </section>
      {latest && (
        <Acknowledgements
          key={latest.number}
          agreement={agreement}
          version={latest}
          readOnly={readOnly}
        />
      )}
      <AgreementPrint agreement={agreement} />
      {agreement.versions.length > 1 && (
        <section className="card" aria-labelledby="versions-title">
          <h3 id="versions-title">Earlier versions</h3>
          <ul>
            {agreement.versions
              .slice(0, -1)
              .reverse()
              .map((v) => (
                <li key={v.number}>
                  Version {v.number} · {when.format(new Date(v.publishedAt))}
                  {v.note && ` · ${v.note}`} · {Object.keys(v.acknowledgements).length} of{' '}
                  {agreement.participants.length} acknowledged
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  )
}

const Acknowledgements = ({
  agreement,
  version,
  readOnly,
}: {
  agreement: AgreementFile
  version: AgreementVersion
  readOnly: boolean
}) => {
  const [error, setError] = useState<AppError | null>(null)
  // The box ticks at once; the stored file catches up a moment later (or the tick is undone).
  const [ticked, setTicked] = useState<Record<string, boolean>>({})
  const isTicked = (memberId: string) =>
    ticked[memberId] ?? version.acknowledgements[memberId] !== undefined
  const count = agreement.participants.filter((p) => isTicked(p.memberId)).length
  const toggle = async (memberId: string, acknowledged: boolean) => {
    setTicked((t) => ({ ...t, [memberId]: acknowledged }))
    const r = await api.call('agreements:acknowledge', {
      clientId: agreement.clientId,
      agreementId: agreement.id,
      version: version.number,
      memberId,
      acknowledged,
    })
    setError(r.ok ? null : r.error)
    if (!r.ok)
      setTicked((t) => Object.fromEntries(Object.entries(t).filter(([id]) => id !== memberId)))
  }
  return (
    <section className="card" aria-labelledby="acks-title">
      <h3 id="acks-title">
        Acknowledged version {version.number}: {count} of {agreement.participants.length}
      </h3>
      <ul className="ack-list">
        {agreement.participants.map((p) => {
          const at = version.acknowledgements[p.memberId]
          return (
            <li key={p.memberId}>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={isTicked(p.memberId)}
                  disabled={readOnly}
                  onChange={(e) => detach(toggle(p.memberId, e.target.checked))}
                />
                {p.name} acknowledges version {version.number}
              </label>
              {at && <span className="hint"> · {when.format(new Date(at))}</span>}
            </li>
          )
        })}
      </ul>
      {error && <ErrorNotice error={error} title="Not recorded." />}
    </section>
  )
}
