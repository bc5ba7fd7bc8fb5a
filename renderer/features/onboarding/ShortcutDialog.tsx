import { useEffect, useRef } from 'react'
import { SHORTCUT_GROUPS } from './shortcuts'
import './onboarding.css'

/** The app's shortcuts in a modal; Escape closes it and the focus goes back where it was. */
export const ShortcutDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const ref = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null
      dialog.showModal?.()
    }
    if (!open && dialog.open) dialog.close()
    if (!open && returnTo.current) {
      returnTo.current.focus?.()
      returnTo.current = null
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog shortcut-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <div className="row spread">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.label} className="shortcut">
                  <dt>
                    {s.keys.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="hint">Shortcuts rest while you type in a field; press Tab to leave it.</p>
    </dialog>
  )
}
