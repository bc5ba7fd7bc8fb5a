import { useEffect, useState } from 'react'
import { useRoute } from '../../lib/router'
import { ShortcutDialog } from './ShortcutDialog'
import { typingInto } from '../../lib/keyboard'

/**
 * '?' anywhere outside a text field opens the list of shortcuts. The session console answers '?'
 * with its own panel beside the clock, so there this one stays out of the way: one help at a time.
 */
export const GlobalShortcutHelp = () => {
  const consoleShown = useRoute().screen === 'workshop'
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (consoleShown) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return
      // Another dialog (a confirmation) has the floor; the list would hide its question.
      if (document.querySelector('dialog[open]:not(.shortcut-dialog)')) return
      e.preventDefault()
      setOpen((o) => !o)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [consoleShown])
  return <ShortcutDialog open={open && !consoleShown} onClose={() => setOpen(false)} />
}
