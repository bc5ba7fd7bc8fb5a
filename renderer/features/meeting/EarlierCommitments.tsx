import { carriedForward } from '../../../shared/followup/rollup'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ItemStatusList } from '../followup/ItemStatusList'
import { useFollowUp } from '../followup/useFollowUp'

/** What the team promised before this meeting and has not closed: reviewed first, carried on. */
export const EarlierCommitments = ({ workshop }: { workshop: WorkshopFile }) => {
  const followUp = useFollowUp(workshop.clientId)
  if (followUp.status === 'loading') return <p aria-busy="true">Loading earlier commitments…</p>
  if (followUp.status === 'error')
    return <ErrorNotice error={followUp.error} title="Earlier commitments could not be loaded." />
  const items = carriedForward(followUp.value.states, workshop)
  return (
    <section className="card" aria-labelledby="earlier-title">
      <h3 id="earlier-title">Earlier commitments ({items.length})</h3>
      <p className="hint">
        From earlier meetings and goal workshops. Done and dropped items close; anything still open
        comes back next time.
      </p>
      <ItemStatusList
        clientId={workshop.clientId}
        items={items}
        recordedAt={{ kind: 'meeting', id: workshop.id }}
        readOnly={followUp.value.readOnly}
        empty="Nothing open from earlier sessions."
      />
    </section>
  )
}
