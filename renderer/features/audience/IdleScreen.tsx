const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' })

/** Before a session: who the room is for, and the date; nothing that asks for attention. */
export const IdleScreen = ({ clientName }: { clientName: string | null }) => (
  <main className="audience audience-calm" aria-label="Audience view">
    <div className="calm-body">
      {clientName && <h1>{clientName}</h1>}
      <p className="calm-date">{today.format(new Date())}</p>
      <p className="calm-note">The session appears here when the facilitator opens it.</p>
    </div>
  </main>
)
