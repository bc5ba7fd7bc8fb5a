import type { WorkshopFile } from '../../../../shared/workshop/workshop'
import { AlignmentCheck } from '../../followup/AlignmentCheck'

const InTheRoom = ({ workshop }: { workshop: WorkshopFile }) => (
  <ul className="participant-chips" aria-label="In the room">
    {workshop.participants.map((p) => (
      <li key={p.memberId}>{p.name}</li>
    ))}
    {workshop.manager && <li>{workshop.manager.name} (manager)</li>}
  </ul>
)

/** Before the clock runs: who is here, what to have ready, and the alignment check. */
export const BeforeWeStart = ({ workshop }: { workshop: WorkshopFile }) => (
  <>
    <section className="card" aria-labelledby="before-title">
      <h3 id="before-title">Before the clock starts</h3>
      <InTheRoom workshop={workshop} />
      <ul className="checklist">
        <li>A printed goal sheet for every person (or say they get one afterwards).</li>
        <li>The audience view on the projector; this console stays on your laptop.</li>
        <li>Everyone standing around one table; phones away for fifteen minutes.</li>
      </ul>
    </section>
    <section className="card" aria-labelledby="workshop-alignment-title">
      <h3 id="workshop-alignment-title">Alignment check, before we start</h3>
      <p className="hint">
        Each person answers on their own; the answers come back at every review, so the team sees
        whether it grows together. Take the time now, not out of the one-minute purpose.
      </p>
      <AlignmentCheck
        clientId={workshop.clientId}
        context={{ kind: 'workshop', id: workshop.id }}
        people={[...workshop.participants, ...(workshop.manager ? [workshop.manager] : [])]}
      />
    </section>
  </>
)

/** The first phase: the room's purpose, said in a minute. */
export const PurposePanel = ({ workshop }: { workshop: WorkshopFile }) => (
  <section className="card" aria-labelledby="purpose-title">
    <h3 id="purpose-title">In the room</h3>
    <InTheRoom workshop={workshop} />
    <p className="hint">
      Everyone leaves with activities they own and a commitment; the goals come from the team
      itself. The activities come first: a goal is reached by doing things.
    </p>
  </section>
)
