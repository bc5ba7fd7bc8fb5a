import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { Department, Member, MemberFields } from '../../../shared/library/client'
import { DEPARTMENT_LABELS } from '../../../shared/library/client'
import { ErrorNotice } from '../../components/ErrorNotice'

interface Props {
  initial?: Member
  submitLabel: string
  onSubmit: (fields: MemberFields) => Promise<AppError | null>
  onCancel?: () => void
}

const blank: MemberFields = { name: '', department: 'sales', role: '', email: '', phone: '' }
const fieldsOf = ({ name, department, role, email, phone }: Member): MemberFields => ({
  name,
  department,
  role,
  email,
  phone,
})

/** One form for adding and editing a team member; keeps what was typed when the save fails. */
export const MemberForm = ({ initial, submitLabel, onSubmit, onCancel }: Props) => {
  const [fields, setFields] = useState<MemberFields>(initial ? fieldsOf(initial) : blank)
  const [error, setError] = useState<AppError | null>(null)
  const set = (patch: Partial<MemberFields>) => setFields((f) => ({ ...f, ...patch }))
  const prefix = initial ? `Edit ${initial.name}: ` : ''

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const failure = await onSubmit(fields)
    setError(failure)
    if (!failure && !initial) setFields(blank)
  }

  return (
    <form
      className="member-form"
      onSubmit={submit}
      aria-label={initial ? `Edit ${initial.name}` : 'Add a team member'}
    >
      <div className="row wrap">
        <label>
          Name
          <input
            aria-label={`${prefix}Name`}
            value={fields.name}
            required
            maxLength={120}
            onChange={(e) => set({ name: e.target.value })}
          />
        </label>
        <label>
          Department
          <select
            aria-label={`${prefix}Department`}
            value={fields.department}
            onChange={(e) => set({ department: e.target.value as Department })}
          >
            {Object.entries(DEPARTMENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Role
          <input
            aria-label={`${prefix}Role`}
            value={fields.role ?? ''}
            maxLength={200}
            onChange={(e) => set({ role: e.target.value })}
          />
        </label>
        <label>
          Email
          <input
            aria-label={`${prefix}Email`}
            type="email"
            value={fields.email ?? ''}
            maxLength={200}
            onChange={(e) => set({ email: e.target.value })}
          />
        </label>
        <label>
          Phone
          <input
            aria-label={`${prefix}Phone`}
            type="tel"
            value={fields.phone ?? ''}
            maxLength={40}
            onChange={(e) => set({ phone: e.target.value })}
          />
        </label>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && <ErrorNotice error={error} title="Not saved." />}
    </form>
  )
}
