import { AppFailure } from '../../../shared/api/result'
import type { PrintKind } from '../../../shared/api/contract'
import { makeFormatter } from '../../../shared/format/format-dates'
import { actionPlanSheet } from '../../../shared/pdf/build-action-plan'
import { agreementSheet } from '../../../shared/pdf/build-agreement'
import {
  blankSheets,
  personalSheets,
  sheetHeader,
  teamSummary,
} from '../../../shared/pdf/build-sheets'
import type { RenderRequest, SheetModel } from '../../../shared/pdf/sheet-models'
import { localDay, safeFileName } from '../../../shared/library/file-names'
import type { PageSize } from '../../../shared/library/settings'
import type { AppCore } from '../app-core'
import type { HandlerGroup } from './types'

interface Job {
  clientId: string
  workshopId: string
  kind: PrintKind
  memberId: string | null
}

/** The day printed on a sheet is the consultant's own: an evening workshop is not dated tomorrow. */
export const today = (core: AppCore) => localDay(core.now())

export const pdfName = (name: string) => `${safeFileName(name, 'Smartketing sheets')}.pdf`

/** The same formats as on screen, and the facilitator as the documents' author. */
export const documentOptions = (core: AppCore) => ({
  formats: core.formats(),
  author: core.settings.get().facilitatorName,
})

const sheetsFor = (
  job: Job,
  personal: ReturnType<typeof personalSheets>,
  summary: () => SheetModel,
  blank: () => SheetModel[],
): [SheetModel[], string] => {
  if (job.kind === 'summary') return [[summary()], 'team summary']
  if (job.kind === 'all') return [[summary(), ...personal], 'goal sheets']
  if (job.kind === 'blank') return [blank(), 'blank goal sheets']
  const one = personal.find((s) => s.memberId === job.memberId)
  if (!one) throw new AppFailure('NOT_FOUND', 'That person was not part of this workshop.')
  return [[one], `${one.role === 'manager' ? "manager's sheet" : 'goal sheet'} ${one.memberName}`]
}

/** Turns a stored workshop into the sheets asked for; the PDF code only ever sees these models. */
const buildRequest = async (
  core: AppCore,
  job: Job,
  pageSize: PageSize,
): Promise<{ request: RenderRequest; fileName: string }> => {
  const [{ client }, { doc: workshop }] = await Promise.all([
    core.library.get(job.clientId),
    core.workshops.get(job.clientId, job.workshopId),
  ])
  const header = sheetHeader(workshop, client.name, core.settings.get().facilitatorName)
  const [sheets, label] = sheetsFor(
    job,
    personalSheets(workshop, header, today(core)),
    () => teamSummary(workshop, header),
    () => blankSheets(workshop, header),
  )
  return {
    request: {
      sheets,
      pageSize,
      title: `${workshop.title} — ${label}`,
      subject: `${label[0]!.toUpperCase()}${label.slice(1)} for ${client.name}`,
      ...documentOptions(core),
    },
    fileName: pdfName(`${client.name} ${workshop.title} ${label}`),
  }
}

/** Save dialog (or exports folder), render in the worker with progress, write durably, open. */
export const exportPdf = async (
  core: AppCore,
  request: RenderRequest,
  fileName: string,
  open: boolean,
) => {
  const path = await core.options.savePdf.choosePath(fileName)
  if (!path) return { path: null, pageCount: 0, warnings: [] }
  const result = await core.pdf.render(request, (done, total) =>
    core.emit({ name: 'export:progress', payload: { done, total } }),
  )
  await core.options.savePdf.write(path, result.pdf)
  if (open) await core.options.savePdf.open(path)
  return { path, pageCount: result.pageCount, warnings: result.warnings }
}

export const pdfHandlers: HandlerGroup<
  'pdf:check' | 'pdf:export' | 'pdf:agreement' | 'pdf:actionPlan'
> = (core) => ({
  'pdf:check': async (job) => {
    const { request } = await buildRequest(core, job, 'A4')
    return { warnings: await core.pdf.check(request), sheetCount: request.sheets.length }
  },
  'pdf:export': async ({ pageSize, open, ...job }) => {
    const { request, fileName } = await buildRequest(core, job, pageSize)
    return exportPdf(core, request, fileName, open)
  },
  'pdf:agreement': async ({ clientId, agreementId, version, pageSize, open }) => {
    const [{ client }, { doc: agreement }] = await Promise.all([
      core.library.get(clientId),
      core.agreements.get(clientId, agreementId),
    ])
    if (version !== null && !agreement.versions.some((v) => v.number === version))
      throw new AppFailure('NOT_FOUND', `There is no version ${version} of this agreement.`)
    const options = documentOptions(core)
    const sheet = agreementSheet(
      agreement,
      client.name,
      options.author,
      version,
      today(core),
      makeFormatter(options.formats),
    )
    const label = version === null ? 'draft' : `v${version}`
    const request = {
      sheets: [sheet],
      pageSize,
      title: `${agreement.title} — ${label}`,
      subject: `Communication agreement for ${client.name}`,
      ...options,
    }
    return exportPdf(core, request, pdfName(`${client.name} ${agreement.title} ${label}`), open)
  },
  'pdf:actionPlan': async ({ clientId, workshopId, pageSize, open }) => {
    const [{ client }, { doc: workshop }] = await Promise.all([
      core.library.get(clientId),
      core.workshops.get(clientId, workshopId),
    ])
    const options = documentOptions(core)
    const sheet = actionPlanSheet(workshop, client.name, options.author, today(core))
    const request = {
      sheets: [sheet],
      pageSize,
      title: `${workshop.title} — action plan`,
      subject: `Action-plan meeting for ${client.name}`,
      ...options,
    }
    return exportPdf(core, request, pdfName(`${client.name} ${workshop.title} action plan`), open)
  },
})
