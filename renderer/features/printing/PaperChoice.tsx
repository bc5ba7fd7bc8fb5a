import { useEffect, useId, useState } from 'react'
import type { PageSize } from '../../../shared/library/settings'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/** The paper size starts as the facilitator's setting; a choice here is for this print only. */
export const useDefaultPageSize = () => {
  const [pageSize, setPageSize] = useState<PageSize | null>(null)
  useEffect(() => {
    detach(
      api.call('settings:get', {}).then((r) => {
        if (r.ok) setPageSize((current) => current ?? r.value.pageSize)
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
