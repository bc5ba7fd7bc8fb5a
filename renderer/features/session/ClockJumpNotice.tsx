import { useEffect, useState } from 'react'
import type { ClockJump } from '../../../shared/workshop/session-clock'
import { formatDuration } from '../../../shared/workshop/session-totals'
import { onClockJumps, sessionNow } from './session-clock'

/** A jump older than this happened before the session the console shows. */
const RECENT_MS = 15 * 60_000

const describe = (jump: ClockJump) =>
  jump.kind === 'forward'
    ? `The computer’s clock moved ${formatDuration(jump.ms)} ahead (it slept, or its time was set forward); the session counts that time as passed.`
    : `The computer’s clock was set back by ${formatDuration(jump.ms)}; the session clock ignored it and gave no time back.`

/** Says so when the laptop's clock jumped during the session, and how the session took it. */
export const ClockJumpNotice = () => {
  const [seen, setSeen] = useState<{ jump: ClockJump; count: number } | null>(null)
  const [dismissed, setDismissed] = useState(0)
  useEffect(
    () =>
      onClockJumps((jumps) => {
        const last = jumps.at(-1)
        if (last && sessionNow() - last.at < RECENT_MS) setSeen({ jump: last, count: jumps.length })
      }),
    [],
  )
  if (!seen || seen.count <= dismissed) return null
  return (
    <div className="notice notice-warning clock-jump" role="status">
      <p>{describe(seen.jump)}</p>
      <button type="button" onClick={() => setDismissed(seen.count)}>
        Dismiss
      </button>
    </div>
  )
}
