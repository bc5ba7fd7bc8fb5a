import { z } from 'zod'
import { DateStyle, LocaleTag, PaperSetting, TimeStyle, WeekStart } from '../format/format-schemas'
import { Name } from './fields'

export const Theme = z.enum(['light', 'dark', 'projector'])
export type Theme = z.infer<typeof Theme>
export const PageSize = z.enum(['A4', 'LETTER'])
export type PageSize = z.infer<typeof PageSize>

/** One schema for both stores: electron-store in the app, conf in the loopback host. */
export const Settings = z.object({
  dataDir: z.string().min(1).max(4096),
  theme: Theme,
  /** "auto": US Letter in the Americas' Letter countries, A4 elsewhere, from the locale. */
  paper: PaperSetting,
  facilitatorName: z.union([z.literal(''), Name]),
  soundOn: z.boolean(),
  /** Seconds left in a phase at which the room is warned (and chimed), besides 20 % and 5 %. */
  warnAtSeconds: z.array(z.number().int().min(5).max(3600)).max(6),
  /** How the projector pages a board that does not fit: on the facilitator's key, or by itself. */
  audiencePaging: z.enum(['key', 'auto']),
  /** "" follows the computer's language and region. */
  locale: LocaleTag,
  dateStyle: DateStyle,
  timeStyle: TimeStyle,
  weekStart: WeekStart,
})
export type Settings = z.infer<typeof Settings>

/** The renderer may change everything except the data folder, which has its own call. */
export const SettingsPatch = Settings.omit({ dataDir: true }).partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>

export const defaultSettings = (dataDir: string): Settings => ({
  dataDir,
  theme: 'light',
  paper: 'auto',
  facilitatorName: '',
  soundOn: true,
  warnAtSeconds: [120, 60, 30],
  audiencePaging: 'key',
  locale: '',
  dateStyle: 'auto',
  timeStyle: 'auto',
  weekStart: 'auto',
})

/**
 * Settings written before "paper" existed kept "pageSize", always "A4" unless someone picked Letter;
 * only that deliberate choice is carried over, so everybody else gets their locale's paper.
 */
export const upgradeStoredSettings = (raw: Record<string, unknown>): Record<string, unknown> =>
  raw['paper'] === undefined && raw['pageSize'] === 'LETTER' ? { ...raw, paper: 'LETTER' } : raw
