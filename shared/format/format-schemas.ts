import { z } from 'zod'

/*
 * The formats' schemas, for the settings file and the contract. Kept apart from formats.ts so the
 * screens can settle and apply formats without loading zod at start.
 */
export const DateStyle = z.enum(['auto', 'day-month-year', 'month-day-year', 'numeric', 'iso'])
export type DateStyle = z.infer<typeof DateStyle>
export const TimeStyle = z.enum(['auto', '12h', '24h'])
export type TimeStyle = z.infer<typeof TimeStyle>
export const PaperSetting = z.enum(['auto', 'A4', 'LETTER'])
export type PaperSetting = z.infer<typeof PaperSetting>
export const WeekStart = z.enum(['auto', 'monday', 'sunday', 'saturday'])
export type WeekStart = z.infer<typeof WeekStart>

const isLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
/** A BCP 47 tag such as "de-DE", or "" to follow the computer. */
export const LocaleTag = z
  .string()
  .max(35)
  .refine((s) => s === '' || isLocale(s), 'Not a language and region the app knows, e.g. de-DE')

/** The formats in force once "auto" is settled from the locale. */
export const Formats = z.object({
  locale: z.string(),
  /** "auto" is the locale's own medium style: "Dec 15, 2026", "15.12.2026", "15 Dec 2026". */
  date: DateStyle,
  hour12: z.boolean(),
  paper: z.enum(['A4', 'LETTER']),
  /** ISO weekday the week starts on: 1 Monday … 7 Sunday. */
  weekStart: z.number().int().min(1).max(7),
})
export type Formats = z.infer<typeof Formats>
