import { AppFailure } from '../../shared/api/result'
import { personalSheets, sheetHeader } from '../../shared/pdf/build-sheets'
import type { AppCore } from '../services/app-core'
import { documentOptions, pdfName, today } from '../services/handlers/pdf'

/** One member's own goal sheet, as the console prints it, for their phone. */
export const memberGoalSheet = async (
  core: AppCore,
  clientId: string,
  workshopId: string,
  memberId: string,
): Promise<{ fileName: string; pdf: Uint8Array }> => {
  const [{ client }, { doc: workshop }] = await Promise.all([
    core.library.get(clientId),
    core.workshops.get(clientId, workshopId),
  ])
  const header = sheetHeader(workshop, client.name, core.settings.get().facilitatorName)
  const sheet = personalSheets(workshop, header, today(core)).find((s) => s.memberId === memberId)
  if (!sheet) throw new AppFailure('NOT_FOUND', 'There is no goal sheet for you in this session.')
  const title = `${workshop.title} — goal sheet ${sheet.memberName}`
  const result = await core.pdf.render({
    sheets: [sheet],
    pageSize: core.formats().paper,
    title,
    subject: `Goal sheet for ${sheet.memberName}`,
    ...documentOptions(core),
  })
  return { fileName: pdfName(`${client.name} ${title}`), pdf: result.pdf }
}
