import { useState } from 'react'
import { formatWarnings, parseWarnings } from '../../../shared/workshop/warnings'
import { detach } from '../../lib/detach'

/** The fixed warnings (minutes:seconds left), typed as a list; a mistake is named, not saved. */
export const WarningTimes = ({
  value,
  onSave,
}: {
  value: readonly number[]
  onSave: (seconds: number[]) => Promise<void>
}) => {
  const [text, setText] = useState(formatWarnings(value))
  const [problem, setProblem] = useState<string | null>(null)
  const commit = () => {
    const seconds = parseWarnings(text)
    if (!seconds)
      return setProblem('Write up to six times as minutes:seconds left, e.g. 2:00, 1:00, 0:30.')
    setProblem(null)
    setText(formatWarnings(seconds))
    if (formatWarnings(seconds) !== formatWarnings(value)) detach(onSave(seconds))
  }
  return (
    <label>
      Warn the room at (minutes:seconds left)
      <input
        value={text}
        maxLength={60}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {problem && <span className="field-problem">{problem}</span>}
    </label>
  )
}
