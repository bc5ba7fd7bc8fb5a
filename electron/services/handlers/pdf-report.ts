import { engagementReport } from '../../../shared/pdf/build-report'
import type { AppCore } from '../app-core'
import { documentOptions, exportPdf, pdfName, today } from './pdf'
import type { HandlerGroup } from './types'

/** Everything the report draws, read from the client's files. */
export const reportRequest = async (core: AppCore, clientId: string, pageSize: 'A4' | 'LETTER') => {
  const [{ client }, { tracker }, summaries, agreementList] = await Promise.all([
    core.library.get(clientId),
    core.tracker.get(clientId),
    core.workshops.list(clientId),
    core.agreements.list(clientId),
  ])
  const [sessions, agreements] = await Promise.all([
    Promise.all(summaries.map((s) => core.workshops.get(clientId, s.id).then((v) => v.doc))),
    Promise.all(agreementList.map((a) => core.agreements.get(clientId, a.id).then((v) => v.doc))),
  ])
  const options = documentOptions(core)
  const sheet = engagementReport({
    clientName: client.name,
    facilitatorName: options.author,
    today: today(core),
    sessions,
    tracker,
    agreements,
  })
  return {
    request: {
      sheets: [sheet],
      pageSize,
      title: `${client.name} — engagement report`,
      subject: `Sales and marketing alignment: engagement report for ${client.name}`,
      ...options,
    },
    fileName: pdfName(`${client.name} engagement report ${today(core)}`),
  }
}

export const reportHandlers: HandlerGroup<'pdf:report'> = (core) => ({
  'pdf:report': async ({ clientId, pageSize, open }) => {
    const { request, fileName } = await reportRequest(core, clientId, pageSize)
    return exportPdf(core, request, fileName, open)
  },
})
