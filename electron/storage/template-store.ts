import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { Plan } from '../../shared/workshop/plan'
import { writeFileDurable } from './durable-write'

const TemplatesFile = z.object({ schemaVersion: z.literal(1), goalWorkshop: Plan })

/** The facilitator's own plan for new workshops; a missing or damaged file means "use the default". */
export const readTemplate = async (path: string): Promise<Plan | null> => {
  try {
    const parsed = TemplatesFile.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data.goalWorkshop : null
  } catch {
    return null
  }
}

export const writeTemplate = (path: string, plan: Plan) =>
  writeFileDurable(path, JSON.stringify({ schemaVersion: 1, goalWorkshop: plan }, null, 2) + '\n')
