import { z } from 'zod'
import { Plan } from '../workshop/plan'
import type { FileKind } from './migrations'

/** The facilitator's own workshop plan, used for every new goal workshop. */
export const TemplatesFile = z.object({ schemaVersion: z.literal(1), goalWorkshop: Plan })
export type TemplatesFile = z.infer<typeof TemplatesFile>

export const templatesFileKind: FileKind<TemplatesFile> = {
  label: 'Workshop plan template',
  currentVersion: 1,
  migrations: [],
  schema: TemplatesFile,
}
