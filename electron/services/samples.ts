import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isSampleId, newSampleId } from '../../shared/library/samples'
import { createBackup } from '../storage/backups'
import { PER_CLIENT_FOLDERS } from '../storage/library-paths'
import type { AppCore } from './app-core'
import { sampleAgreement } from './sample-data/agreement'
import { sampleFollowUp } from './sample-data/followup'
import { sampleGoalWorkshop } from './sample-data/goal-workshop'
import { sampleMeeting } from './sample-data/meeting'
import { sampleClient, sampleContext } from './sample-data/team'

/** The sample client already in the library, if any: the first run's one, never a second. */
export const findSample = (core: AppCore): string | null =>
  core.library.list().find((c) => isSampleId(c.id))?.id ?? null

/**
 * Writes a complete sample through the same stores the app uses. The client file goes last, so a
 * sample that appears in the library is always whole; an interrupted one leaves only folders that
 * the next removal sweeps away.
 */
export const createSample = async (core: AppCore): Promise<string> => {
  const existing = findSample(core)
  if (existing) return existing
  const ctx = sampleContext(newSampleId(), core.now())
  const workshop = await core.workshops.create(sampleGoalWorkshop(ctx))
  const meeting = await core.workshops.create(sampleMeeting(ctx))
  await core.agreements.create(sampleAgreement(ctx))
  await core.tracker.update(ctx.clientId, sampleFollowUp(ctx, workshop, meeting))
  await core.library.create(sampleClient(ctx))
  return ctx.clientId
}

/** Sample ids that still have files anywhere: in the library, in trash, or as leftover folders. */
const leftoverSampleIds = async (dataDir: string): Promise<Set<string>> => {
  const ids = new Set<string>()
  for (const folder of PER_CLIENT_FOLDERS) {
    for (const name of await readdir(join(dataDir, folder)).catch(() => [] as string[]))
      if (isSampleId(name)) ids.add(name)
  }
  for (const name of await readdir(join(dataDir, 'trash')).catch(() => [] as string[])) {
    const id = name.replace(/\.json$/, '')
    if (isSampleId(id) && id !== name) ids.add(id)
  }
  return ids
}

/**
 * Removes every sample completely, in one click. The library is backed up first: the sample invites
 * people to change things, and what they typed into it is worth a way back. The client then leaves
 * the library through the normal delete (so the index and every window agree), and its trashed
 * file, sessions, agreements and follow-up are deleted. Only ids with the sample mark are touched.
 */
export const removeSamples = async (core: AppCore): Promise<number> => {
  const listed = core.library.list().filter((c) => isSampleId(c.id))
  await Promise.all([core.workshops.idle(), core.agreements.idle(), core.tracker.idle()])
  core.library.lock.assertWritable()
  const { paths } = core.library
  const ids = await leftoverSampleIds(paths.dataDir)
  for (const client of listed) ids.add(client.id)
  if (ids.size === 0) return 0
  await core.library.flush()
  await createBackup(paths, core.now())
  for (const client of listed) await core.library.trash(client.id)
  await Promise.all([core.workshops.idle(), core.agreements.idle(), core.tracker.idle()])
  for (const id of ids) {
    if (!isSampleId(id)) continue
    await rm(paths.trashed(id), { force: true })
    await rm(paths.workshops(id), { recursive: true, force: true })
    await rm(paths.agreements(id), { recursive: true, force: true })
    await rm(paths.followup(id), { recursive: true, force: true })
  }
  return listed.length
}
