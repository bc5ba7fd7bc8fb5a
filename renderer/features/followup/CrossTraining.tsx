import { useState } from 'react'
import type { Pairing } from '../../../shared/followup/tracker'
import { pairingSuggestions } from '../../../shared/followup/pairing'
import { newId } from '../../../shared/library/fields'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { AddPairingForm } from './AddPairingForm'
import { PairingRow } from './PairingRow'
import type { TeamMember } from './team'
import { nameOf } from './team'
import type { FollowUp } from './useFollowUp'
import { detach } from '../../lib/detach'

/** People of sales and marketing learning each other's work: who with whom, when, what stuck. */
export const CrossTraining = ({
  clientId,
  followUp,
  members,
}: {
  clientId: string
  followUp: FollowUp
  members: TeamMember[]
}) => {
  const [error, setError] = useState<AppError | null>(null)
  const toast = useToast()
  const { pairings } = followUp.tracker
  const readOnly = followUp.readOnly
  const save = async (pairing: Pairing) => {
    const r = await api.call('followup:savePairing', { clientId, pairing })
    setError(r.ok ? null : r.error)
    return r.ok
  }
  const remove = async (pairing: Pairing) => {
    const r = await api.call('followup:removePairing', { clientId, pairingId: pairing.id })
    setError(r.ok ? null : r.error)
    if (r.ok)
      toast({
        message: `Removed the pairing of ${nameOf(members, pairing.salesId)} and ${nameOf(members, pairing.marketingId)}.`,
        action: { label: 'Undo', run: () => detach(save(pairing)) },
      })
  }
  const suggestions = readOnly
    ? []
    : pairingSuggestions(
        members.map((m) => ({ memberId: m.id, name: m.name, department: m.department })),
        pairings,
      ).slice(0, 4)
  return (
    <div className="cross-training">
      <section className="card" aria-labelledby="pairings-title">
        <h2 id="pairings-title">Pairings ({pairings.length})</h2>
        {pairings.length === 0 ? (
          <p className="hint">
            No pairings yet. Pair one person from sales with one from marketing: a day shadowing, or
            planned time teaching each other.
          </p>
        ) : (
          <ul className="pairing-list" aria-label="Pairings">
            {pairings.map((p, i) => (
              <PairingRow
                key={p.id}
                pairing={p}
                number={i + 1}
                members={members}
                readOnly={readOnly}
                onSave={save}
                onRemove={() => detach(remove(p))}
              />
            ))}
          </ul>
        )}
        {error && <ErrorNotice error={error} title="Not saved." />}
      </section>
      {!readOnly && (
        <div className="cross-training-side">
          <section className="card" aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">Suggestions</h2>
            {suggestions.length === 0 ? (
              <p className="hint">
                {hasBothSides(members)
                  ? 'No suggestions: every sales person has been paired with every marketing person.'
                  : 'No suggestions: add people to sales and marketing on the client page first.'}
              </p>
            ) : (
              <ul className="suggestions">
                {suggestions.map((s) => {
                  const sales = nameOf(members, s.salesId)
                  const marketing = nameOf(members, s.marketingId)
                  return (
                    <li key={`${s.salesId}-${s.marketingId}`}>
                      <button
                        type="button"
                        onClick={() =>
                          detach(
                            save({
                              id: newId(),
                              salesId: s.salesId,
                              marketingId: s.marketingId,
                              date: null,
                              focus: 'shadowing',
                              topic: '',
                              salesLearned: '',
                              marketingLearned: '',
                            }),
                          )
                        }
                      >
                        Pair {sales} with {marketing}
                      </button>
                      <span className="hint">{s.reason}</span>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
          <AddPairingForm members={members} onAdd={save} />
        </div>
      )}
    </div>
  )
}

const hasBothSides = (members: TeamMember[]) =>
  members.some((m) => m.department === 'sales') && members.some((m) => m.department === 'marketing')
