import { summarizeAlignment } from '../../../shared/followup/alignment'
import type { AlignmentCheck as Check } from '../../../shared/followup/tracker'
import { ALIGNMENT_QUESTIONS } from '../../../shared/followup/tracker'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import type { SaveState } from './useAlignmentDraft'
import { useAlignmentDraft } from './useAlignmentDraft'

type Answers = Check['answers']
type Context = Check['context']
interface Person {
  memberId: string
  name: string
}

const SCALE = ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'] as const
const STATUS_TEXT: Record<SaveState, string> = {
  // Quiet until the first answer, so a console that shows its own save status is not echoed.
  untouched: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'All changes saved',
  error: 'Not saved',
}

/**
 * The opening questions as a quick poll: each person answers each from 1 to 5, the room sees the
 * team's average. One check per workshop or review; answering again replaces that check.
 */
export const AlignmentCheck = ({
  clientId,
  context,
  people,
}: {
  clientId: string
  context: Context
  people: Person[]
}) => {
  const view = useApiData(() => api.call('followup:get', { clientId }), clientId, { clientId })
  if (view.status === 'loading')
    return (
      <p aria-busy="true" className="hint">
        Loading answers…
      </p>
    )
  if (view.status === 'error')
    return <ErrorNotice error={view.error} title="The alignment answers could not be loaded." />
  const { tracker, readOnly } = view.value
  const check = tracker.alignment.find(
    (c) => c.context.kind === context.kind && c.context.id === context.id,
  )
  return (
    <AlignmentGrid
      key={`${context.kind}:${context.id}`}
      clientId={clientId}
      context={context}
      people={people}
      initial={check?.answers ?? {}}
      readOnly={readOnly}
    />
  )
}

const AlignmentGrid = ({
  clientId,
  context,
  people,
  initial,
  readOnly,
}: {
  clientId: string
  context: Context
  people: Person[]
  initial: Answers
  readOnly: boolean
}) => {
  const { answers, setAnswer, saveState, error } = useAlignmentDraft(clientId, context, initial)
  const averages = averagesOf(answers, context, people)
  return (
    <div className="alignment-check">
      <div className="row spread wrap">
        <p className="hint">From 1, not at all, to 5, completely.</p>
        <span className={`save-status save-${saveState}`} role="status">
          {STATUS_TEXT[saveState]}
        </span>
      </div>
      <ol className="alignment-questions" aria-label="Alignment questions">
        {ALIGNMENT_QUESTIONS.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ol>
      <div className="table-scroll">
        <table className="alignment-grid">
          <thead>
            <tr>
              <th scope="col">Person</th>
              {ALIGNMENT_QUESTIONS.map((q, i) => (
                <th key={q.id} scope="col" title={q.text}>
                  Question {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.memberId}>
                <th scope="row">{p.name}</th>
                {ALIGNMENT_QUESTIONS.map((q, i) => (
                  <td key={q.id}>
                    <select
                      aria-label={`${p.name}: question ${i + 1}`}
                      disabled={readOnly}
                      value={answers[p.memberId]?.[q.id] ?? ''}
                      onChange={(e) => setAnswer(p.memberId, q.id, Number(e.target.value) || null)}
                    >
                      <option value="">–</option>
                      {SCALE.map((word, s) => (
                        <option key={word} value={s + 1}>
                          {s + 1} · {word}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Team average</th>
              {ALIGNMENT_QUESTIONS.map((q) => (
                <td key={q.id} className="alignment-average">
                  {formatScore(averages.perQuestion[q.id])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="alignment-overall">
        Overall: <strong>{formatScore(averages.overall)}</strong> of 5
        <span className="hint">
          {' '}
          · {averages.respondents} of {people.length} answered
        </span>
      </p>
      {error && <ErrorNotice error={error} title="The last answers were not saved." />}
    </div>
  )
}

/** The team's averages over the people shown, worked out as the trend on the dashboard does. */
const averagesOf = (answers: Answers, context: Context, people: Person[]) =>
  summarizeAlignment({
    id: 'draft-check',
    at: new Date(0).toISOString(),
    context,
    answers: Object.fromEntries(people.map((p) => [p.memberId, answers[p.memberId] ?? {}])),
  })

const formatScore = (score: number | null | undefined) =>
  score === null || score === undefined ? '–' : score.toFixed(1)
