import { useEffect, useState } from 'react'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/**
 * The facilitator's name goes on every sheet and into each PDF as its author. It is asked for once,
 * at the first print, and kept in Settings; after that this shows nothing.
 */
export const useFacilitatorName = () => {
  const [saved, setSaved] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  useEffect(() => {
    detach(api.call('settings:get', {}).then((r) => r.ok && setSaved(r.value.facilitatorName)))
  }, [])
  /** Saves what was typed before the print; a blank name leaves a line to write on. */
  const remember = async () => {
    const name = typed.trim()
    if (saved !== '' || name === '') return
    const r = await api.call('settings:update', { facilitatorName: name })
    if (r.ok) setSaved(r.value.facilitatorName)
  }
  return { asking: saved === '', typed, setTyped, remember }
}

export const FacilitatorName = ({
  facilitator,
}: {
  facilitator: ReturnType<typeof useFacilitatorName>
}) =>
  facilitator.asking ? (
    <label className="facilitator-name">
      Your name, printed as the facilitator (asked once; change it in Settings)
      <input
        value={facilitator.typed}
        maxLength={120}
        autoComplete="name"
        onChange={(e) => facilitator.setTyped(e.target.value)}
      />
    </label>
  ) : null
