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
  const confirm = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal?.()
      // The dialog would focus its first button; the answer a clicker's Enter means is this one.
      confirm.current?.focus()
    }
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
        <button ref={confirm} type="button" className="primary" onClick={onConfirm}>
          Finish session
        </button>
      </div>
    </dialog>
  )
}
