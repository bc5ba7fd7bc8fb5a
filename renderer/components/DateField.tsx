import { useEffect, useId, useRef, useState } from 'react'

interface Props {
  label: string
  value: string | null
  /** Takes the date (null when cleared); answers why it is refused, or null when taken. */
  onCommit: (date: string | null) => string | null
  disabled?: boolean
}

/** A year still being typed digit by digit (0002, 0020, 0202…) is not a date anyone means. */
const plausible = (date: string) => Number(date.slice(0, 4)) >= 1900

/**
 * A date input that hands over only whole, plausible dates, and when one is refused keeps what
 * was typed with the reason beside it, so the facilitator sees what to change.
 */
export const DateField = ({ label, value, onCommit, disabled }: Props) => {
  const [text, setText] = useState(value ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const focused = useRef(false)
  const id = useId()
  useEffect(() => {
    if (!focused.current && !problem) setText(value ?? '')
  }, [value, problem])
  const commit = (next: string) => {
    if (next && !plausible(next)) return
    if ((next || null) === value) return setProblem(null)
    setProblem(onCommit(next || null))
  }
  return (
    <label className="date-field">
      {label}
      <input
        type="date"
        value={text}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false
          if (text && !plausible(text)) setProblem('Choose a year from 1900 on.')
        }}
        onChange={(e) => {
          setText(e.target.value)
          commit(e.target.value)
        }}
      />
      {problem && (
        <span className="field-problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </label>
  )
}
