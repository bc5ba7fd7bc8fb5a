import { useState } from 'react'
import { fromWallTime, toWallTime } from './session-clock'

interface Props {
  /** Session time, as the timer stores it. */
  value: number | null
  onChange: (at: number | null) => void
}

const pad = (n: number) => String(n).padStart(2, '0')
const toTimeInput = (ms: number | null) => {
  if (ms === null) return ''
  const d = new Date(toWallTime(ms))
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The time of day the session must end by, typed as the wall clock shows it. */
export const NoLaterThan = ({ value, onChange }: Props) => {
  const [text, setText] = useState(toTimeInput(value))
  const commit = () => {
    if (!text) return value !== null && onChange(null)
    const [h, m] = text.split(':').map(Number)
    const at = new Date()
    at.setHours(h!, m!, 0, 0)
    const next = Math.round(fromWallTime(at.getTime()))
    if (next !== value) onChange(next)
  }
  return (
    <label className="no-later-than">
      Ends no later than
      <input
        type="time"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  )
}
