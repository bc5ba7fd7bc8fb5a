/** Keys typed into a field are text, never shortcuts. */
export const typingInto = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null
  if (!el?.tagName) return false
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable) return true
  if (el.tagName !== 'INPUT') return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type)
}

/** The key that goes with Z for undo, as this computer's keyboard labels it. */
export const UNDO_MODIFIER =
  typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform || navigator.userAgent)
    ? '⌘'
    : 'Ctrl'
