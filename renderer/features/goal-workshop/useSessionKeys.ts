import { useEffect } from 'react'
import type { SessionAction } from '../../../shared/api/contract'
import { typingInto } from '../../lib/keyboard'

export interface SessionKeyHandlers {
  control: (action: SessionAction) => void
  toggleFullScreen: () => void
  toggleHelp: () => void
  undo: () => void
}

/** Keys a laptop or a presenter clicker sends; clickers use PageUp/PageDown and B or "." to blank. */
export const KEYMAP: {
  keys: string[]
  label: string
  action: SessionAction | 'fullscreen' | 'help'
}[] = [
  { keys: ['Space'], label: 'Start, pause or resume the clock', action: 'toggle' },
  { keys: ['→', 'PageDown'], label: 'Next phase', action: 'next' },
  { keys: ['←', 'PageUp'], label: 'Back to the previous phase', action: 'previous' },
  { keys: ['+'], label: 'One more minute for this phase', action: 'addMinute' },
  { keys: ['−'], label: 'One minute less for this phase', action: 'removeMinute' },
  { keys: ['B', '.'], label: 'Blank or show the audience screen', action: 'toggleBlank' },
  { keys: ['F'], label: 'Full screen', action: 'fullscreen' },
  { keys: ['?'], label: 'Show or hide these shortcuts', action: 'help' },
]

const byKey: Record<string, SessionAction | 'fullscreen' | 'help'> = {
  ' ': 'toggle',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  '+': 'addMinute',
  '=': 'addMinute',
  '-': 'removeMinute',
  b: 'toggleBlank',
  B: 'toggleBlank',
  '.': 'toggleBlank',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
}

export const useSessionKeys = (handlers: SessionKeyHandlers, enabled: boolean) => {
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typingInto(e.target)) {
        e.preventDefault()
        return handlers.undo()
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return
      // Space on a focused button would click it as well; the shortcut wins.
      const action = byKey[e.key]
      if (!action) return
      e.preventDefault()
      if (action === 'fullscreen') handlers.toggleFullScreen()
      else if (action === 'help') handlers.toggleHelp()
      else handlers.control(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [handlers, enabled])
}
