import { useEffect, useRef } from 'react'

/**
 * Moves keyboard focus to what just replaced the control that had it (a preview, a result), so
 * focus never falls back to the top of the page.
 */
export const useFocusOnMount = <T extends HTMLElement>() => {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}
