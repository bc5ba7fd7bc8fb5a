import type { ReactNode } from 'react'
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { detach, onDetachedFailure } from '../lib/detach'

export interface ToastInput {
  message: string
  action?: { label: string; run: () => void | Promise<void> }
  tone?: 'info' | 'error'
}
interface Toast extends ToastInput {
  id: number
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined)
const LIFETIME_MS = 10_000
let nextId = 1

/** Short confirmations with an optional Undo, announced politely to screen readers. */
export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  )
  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId++
      setToasts((all) => [...all.slice(-2), { ...toast, id }])
      setTimeout(() => dismiss(id), LIFETIME_MS)
    },
    [dismiss],
  )
  const value = useMemo(() => show, [show])
  useEffect(
    () =>
      onDetachedFailure((message) =>
        show({ message: `Something went wrong: ${message}`, tone: 'error' }),
      ),
    [show],
  )
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite" aria-label="Notifications">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone ?? 'info'}`}>
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(t.id)
                  detach(t.action?.run())
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="ghost"
              aria-label="Dismiss notification"
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = () => useContext(ToastContext)
