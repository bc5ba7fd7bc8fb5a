import type { AppError } from '../../shared/api/result'

/** Errors in words: the message, and which fields to fix. Never a stack trace. */
export const ErrorNotice = ({ error, title }: { error: AppError; title?: string }) => (
  <div className="notice notice-error" role="alert">
    {title && <strong>{title} </strong>}
    <span>{error.message}</span>
    {error.issues && error.issues.length > 0 && (
      <ul>
        {error.issues.map((issue, i) => (
          <li key={i}>
            {issue.path ? `${fieldLabel(issue.path)}: ` : ''}
            {issue.message}
          </li>
        ))}
      </ul>
    )}
  </div>
)

const fieldLabel = (path: string) => {
  const last = path.split('.').pop() ?? path
  return last.charAt(0).toUpperCase() + last.slice(1)
}
