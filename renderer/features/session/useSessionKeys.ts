import { useEffect, useRef } from 'react'
import type { ConsoleCommand } from './keymap'
import { commandFor, focusKind } from './keymap'

/**
 * One keyboard listener for every session console. `run` answers false when it had nothing to do
 * with the key (Esc with nothing to close), so the browser keeps its own behaviour for it.
 */
export const useSessionKeys = (run: (command: ConsoleCommand) => boolean | void) => {
  const latest = useRef(run)
  useEffect(() => {
    latest.current = run
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const command = commandFor(e, focusKind(e.target))
      // An open dialog (finish? a confirmation) has the keys: Enter confirms, Esc cancels.
      if (!command || document.querySelector('dialog[open]')) return
      if (command === 'escape') {
        if (latest.current(command) !== false) e.preventDefault()
        return
      }
      // Space on a focused button would click it as well; the shortcut wins.
      e.preventDefault()
      latest.current(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
