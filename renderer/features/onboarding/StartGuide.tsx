import { ErrorNotice } from '../../components/ErrorNotice'
import { useSamples } from './useSamples'
import './onboarding.css'
import { detach } from '../../lib/detach'

const STEPS: [title: string, text: string][] = [
  [
    'Add the client and its team',
    'Type the company’s name above, then add the people from sales and marketing and the manager who backs them.',
  ],
  [
    'Run a 15-minute goal workshop',
    'Open the audience view on the projector; the console with your controls and notes stays on the laptop. The clock keeps the room on time while each person names what to keep doing, stop and improve, and the team shapes one to three goals from it.',
  ],
  [
    'Agree how the team reaches each other',
    'Everyone rates the channels; together you set what counts as urgent, who answers how fast, and how to reach people who are on the road. Publish it and let each person acknowledge it.',
  ],
  [
    'Print the sheets and follow up',
    'Every member gets a goal sheet to sign. Action-plan meetings and review dates keep track of what was promised.',
  ],
]

/** What an empty library shows: the way through the app, and a finished example to look at. */
export const StartGuide = () => {
  const samples = useSamples()
  return (
    <section className="card start-guide" aria-labelledby="start-guide-title">
      <h2 id="start-guide-title">No clients yet: how to start</h2>
      <ol className="start-steps">
        {STEPS.map(([title, text]) => (
          <li key={title}>
            <strong>{title}</strong>
            <span>{text}</span>
          </li>
        ))}
      </ol>
      <div className="row spread wrap">
        <p className="hint">
          Want to see the result first? The sample is an invented company with a finished workshop,
          an agreement and its follow-up. Press <kbd>?</kbd> any time for keyboard shortcuts.
        </p>
        <button
          type="button"
          className="primary"
          disabled={samples.busy}
          onClick={() => detach(samples.showSample())}
        >
          Show me a sample client
        </button>
      </div>
      {samples.error && <ErrorNotice error={samples.error} title="The sample could not be made." />}
    </section>
  )
}
