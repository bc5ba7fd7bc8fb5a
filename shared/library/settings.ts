import { z } from 'zod'
import { Name } from './fields'

export const Theme = z.enum(['light', 'dark', 'projector'])
export type Theme = z.infer<typeof Theme>
export const PageSize = z.enum(['A4', 'LETTER'])
export type PageSize = z.infer<typeof PageSize>

/** One schema for both stores: electron-store in the app, conf in the loopback host. */
export const Settings = z.object({
  dataDir: z.string().min(1).max(4096),
  theme: Theme,
  pageSize: PageSize,
  facilitatorName: z.union([z.literal(''), Name]),
  soundOn: z.boolean(),
})
export type Settings = z.infer<typeof Settings>

/** The renderer may change everything except the data folder, which has its own call. */
export const SettingsPatch = Settings.omit({ dataDir: true }).partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>

export const defaultSettings = (dataDir: string): Settings => ({
  dataDir,
  theme: 'light',
  pageSize: 'A4',
  facilitatorName: '',
  soundOn: true,
})
