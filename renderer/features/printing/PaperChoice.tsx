import { useEffect, useId, useState } from 'react'
import type { PageSize } from '../../../shared/library/settings'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/**
 * The paper size starts as the facilitator's own (their setting, or their region's paper: Letter in
 * the US, Canada and Mexico, A4 elsewhere); a choice here is for this print only.
 */
export const useDefaultPageSize = () => {
  const [pageSize, setPageSize] = useState<PageSize | null>(null)
  useEffect(() => {
    detach(
      api.call('settings:formats', {}).then((r) => {
        if (r.ok) setPageSize((current) => current ?? r.value.paper)
      }),
    )
  }, [])
  return [pageSize, setPageSize] as const
}

export const PaperChoice = ({
  value,
  onChange,
}: {
  value: PageSize | null
  onChange: (size: PageSize) => void
}) => {
  const name = useId()
  return (
    <fieldset className="row">
      <legend>Paper</legend>
      {(['A4', 'LETTER'] as const).map((size) => (
        <label key={size} className="inline">
          <input
            type="radio"
            name={name}
            checked={value === size}
            onChange={() => onChange(size)}
          />
          {size === 'A4' ? 'A4' : 'US Letter'}
        </label>
      ))}
    </fieldset>
  )
}
