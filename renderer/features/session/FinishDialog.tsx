import { useEffect, useRef } from 'react'

/**
 * "Finish the session?" before the last phase ends by a key press. The confirm button has the
 * focus, so Enter (or a clicker's next) confirms; Escape keeps the session running.
 */
export const FinishDialog = ({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean
  onConfirm: () => void
  onCancel: () => void
}) => {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal?.()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="finish-title"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id="finish-title">Finish the session?</h2>
      <p>
        The room will see that the session is complete. If this was a slip, ← or Undo brings the
        last phase back with its time.
      </p>
      <div className="row end">
        <button type="button" onClick={onCancel}>
          Keep going
        </button>
        {open && (
          <button type="button" className="primary" autoFocus onClick={onConfirm}>
            Finish session
          </button>
        )}
      </div>
    </dialog>
  )
}
