import { useSyncExternalStore } from 'react'
import type { Formatter } from '../../shared/format/format-dates'
import { makeFormatter } from '../../shared/format/format-dates'
import { resolveFormats } from '../../shared/format/formats'
import { api } from './api'
import { detach } from './detach'

/**
 * The one formatter every screen uses, so the person's date, time and paper settings apply on
 * screen exactly as in the PDFs and exports (the main side settles them; see `settings:formats`).
 * Until that answer arrives the browser's own locale stands in.
 */
let current: Formatter = makeFormatter(
  resolveFormats(
    { locale: '', dateStyle: 'auto', timeStyle: 'auto', paper: 'auto', weekStart: 'auto' },
    navigator.language,
  ),
)
const listeners = new Set<() => void>()

const reload = () =>
  detach(
    api.call('settings:formats', {}).then((r) => {
      if (!r.ok || JSON.stringify(r.value) === JSON.stringify(current.formats)) return
      current = makeFormatter(r.value)
      for (const l of listeners) l()
    }),
  )

let started = false
const subscribe = (listener: () => void) => {
  if (!started) {
    started = true
    api.on('data:changed', ({ scope }) => scope === 'settings' && reload())
    reload()
  }
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Re-renders the caller when the formats change; the App root calls it, so every screen follows. */
export const useFormats = (): Formatter => useSyncExternalStore(subscribe, () => current)

export const formatDate = (iso: string | null | undefined) => current.date(iso)
export const formatShortDate = (iso: string) => current.shortDate(iso)
export const formatDateTime = (isoDateTime: string) => current.dateTime(isoDateTime)
export const formatTime = (hhmm: string) => current.time(hhmm)
export const dayOf = (isoDateTime: string) => current.dayOf(isoDateTime)
export { todayIso } from '../../shared/format/calendar-days'

/** Drop-in for an `Intl.DateTimeFormat` held by a screen: a moment's date in the person's format. */
export const dateOnly = {
  format: (d: Date | number) => current.date(current.dayOf(new Date(d).toISOString())),
}
/** A moment's date and time of day in the person's formats. */
export const dateAndTime = {
  format: (d: Date | number) => current.dateTime(new Date(d).toISOString()),
}
/** A moment's time of day, 12- or 24-hour as the person reads it. */
export const clockTime = { format: (d: Date | number) => current.clock(new Date(d).toISOString()) }

/** Times of day and dates for shared wording such as working hours ("Mon–Fri 9:00 AM–5:00 PM"). */
export const clockWords = {
  time: (hhmm: string) => current.time(hhmm),
  date: (iso: string) => current.date(iso),
}
