import { dispatch } from '../electron/services/dispatch'
import { engagementFixture } from '../test/support/report-fixtures'
import { startTempCore } from '../test/support/temp-core'
import { size } from './mode'
import type { Figures } from './stats'
import { median, round, timeRuns } from './stats'

/**
 * The engagement report as a consultant meets it: from the client's files on disk, through the
 * contract and the PDF worker, to the file written, for a client with 10 goal workshops of 3 goals
 * each and 12 reviews. "Warm": the worker has made a report before, as after a first export.
 */
export const reportBench = async (): Promise<Figures> => {
  const env = await startTempCore()
  const sessions = size(10, 2)
  const { input, client } = engagementFixture(sessions, 3, 12, new Date())
  for (const w of input.sessions) await env.core.workshops.create(w)
  for (const a of input.agreements) await env.core.agreements.create(a)
  await env.core.tracker.update(client.id, () => input.tracker)
  await env.core.library.create(client)
  const exportOnce = async () => {
    const r = await dispatch(env.handlers, 'pdf:report', {
      clientId: client.id,
      pageSize: 'A4',
      open: false,
    })
    if (!r.ok) throw new Error(r.error.message)
  }
  const cold = (await timeRuns(1, exportOnce))[0]!
  await timeRuns(size(3, 0), exportOnce)
  const warm = median(await timeRuns(size(10, 1), exportOnce))
  await env.cleanup()
  return {
    [`report_${sessions}_sessions_cold_ms`]: round(cold, 0),
    [`report_${sessions}_sessions_warm_ms`]: round(warm, 0),
  }
}
