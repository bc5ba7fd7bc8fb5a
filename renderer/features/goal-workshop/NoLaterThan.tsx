import { useState } from 'react'

interface Props {
  value: number | null
  onChange: (at: number | null) => void
}

const pad = (n: number) => String(n).padStart(2, '0')
const toTimeInput = (ms: number | null) => {
  if (ms === null) return ''
  const d = new Date(ms)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Today's clock time the session must end by; shown to the room next to the session total. */
export const NoLaterThan = ({ value, onChange }: Props) => {
  const [text, setText] = useState(toTimeInput(value))
  const commit = () => {
    if (!text) return onChange(null)
    const [h, m] = text.split(':').map(Number)
    const at = new Date()
    at.setHours(h!, m!, 0, 0)
    onChange(at.getTime())
  }
  return (
    <label className="no-later-than">
      Ends no later than
      <input type="time" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} />
    </label>
  )
}
