import type { DateStyle, Formats, PaperSetting, TimeStyle, WeekStart } from './format-schemas'

export type { DateStyle, Formats, PaperSetting, TimeStyle, WeekStart } from './format-schemas'

/**
 * How dates, times and paper follow the person's locale, with their own overrides from Settings.
 * Stored values stay ISO ("2026-12-15", "14:30"); only what people read is formatted, by one
 * formatter used on screen, in PDFs and in exports alike.
 */
export interface FormatPreferences {
  locale: string
  dateStyle: DateStyle
  timeStyle: TimeStyle
  paper: PaperSetting
  weekStart: WeekStart
}

/** Regions that print on US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PR', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA'])

const canonical = (tag: string, fallback = 'en-US') => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback
  } catch {
    return fallback
  }
}

export const regionOf = (locale: string): string | null => {
  try {
    return new Intl.Locale(locale).maximize().region ?? null
  } catch {
    return null
  }
}

export const paperFor = (locale: string): 'A4' | 'LETTER' =>
  LETTER_REGIONS.has(regionOf(locale) ?? '') ? 'LETTER' : 'A4'

export const hour12For = (locale: string): boolean => {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
  return cycle === 'h12' || cycle === 'h11'
}

type WeekInfo = { firstDay?: number }
/** Intl's week data: a method in newer engines, a getter in older ones; Monday where neither exists. */
export const weekStartFor = (locale: string): number => {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo
      weekInfo?: WeekInfo
    }
    return (l.getWeekInfo?.() ?? l.weekInfo)?.firstDay ?? 1
  } catch {
    return 1
  }
}

const WEEK_DAYS: Record<Exclude<WeekStart, 'auto'>, number> = {
  monday: 1,
  saturday: 6,
  sunday: 7,
}

/** The person's choices settled against their locale (theirs, or the computer's when left empty). */
export const resolveFormats = (prefs: FormatPreferences, systemLocale: string): Formats => {
  const locale = canonical(prefs.locale || systemLocale || 'en-US')
  return {
    locale,
    date: prefs.dateStyle,
    hour12: prefs.timeStyle === 'auto' ? hour12For(locale) : prefs.timeStyle === '12h',
    paper: prefs.paper === 'auto' ? paperFor(locale) : prefs.paper,
    weekStart: prefs.weekStart === 'auto' ? weekStartFor(locale) : WEEK_DAYS[prefs.weekStart],
  }
}
