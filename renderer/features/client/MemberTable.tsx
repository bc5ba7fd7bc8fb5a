import { useState } from 'react'
import type { Member, MemberFields } from '../../../shared/library/client'
import { DEPARTMENT_LABELS } from '../../../shared/library/client'
import type { AppError } from '../../../shared/api/result'
import { MemberForm } from './MemberForm'

interface Props {
  members: Member[]
  readOnly: boolean
  onSave: (memberId: string, fields: MemberFields) => Promise<AppError | null>
  onRemove: (member: Member) => void
}

export const MemberTable = ({ members, readOnly, onSave, onRemove }: Props) => {
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <table className="members">
      <caption className="visually-hidden">Team members</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Department</th>
          <th scope="col">Role</th>
          <th scope="col">Email</th>
          <th scope="col">Phone</th>
          {!readOnly && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) =>
          editing === m.id ? (
            <tr key={m.id}>
              <td colSpan={6}>
                <MemberForm
                  initial={m}
                  submitLabel="Save member"
                  onCancel={() => setEditing(null)}
                  onSubmit={async (fields) => {
                    const error = await onSave(m.id, fields)
                    if (!error) setEditing(null)
                    return error
                  }}
                />
              </td>
            </tr>
          ) : (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>
                <span className={`dept dept-${m.department}`}>
                  {DEPARTMENT_LABELS[m.department]}
                </span>
              </td>
              <td>{m.role}</td>
              <td>{m.email}</td>
              <td>{m.phone}</td>
              {!readOnly && (
                <td className="actions">
                  <button
                    type="button"
                    aria-label={`Edit ${m.name}`}
                    onClick={() => setEditing(m.id)}
                  >
                    Edit
                  </button>
                  <button type="button" aria-label={`Remove ${m.name}`} onClick={() => onRemove(m)}>
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
