import { AppFailure } from '../../shared/api/result'
import { localDay, safeFileName } from '../../shared/library/file-names'
import { personalSheets, sheetHeader } from '../../shared/pdf/build-sheets'
import type { AppCore } from '../services/app-core'

/** One member's own goal sheet, as printed from the console, for their phone. */
export const memberGoalSheet = async (
  core: AppCore,
  clientId: string,
  workshopId: string,
  memberId: string,
): Promise<{ fileName: string; pdf: Uint8Array }> => {
  const [{ client }, { workshop }] = await Promise.all([
    core.library.get(clientId),
    core.workshops.get(clientId, workshopId),
  ])
  const settings = core.settings.get()
  const header = sheetHeader(workshop, client.name, settings.facilitatorName)
  const sheet = personalSheets(workshop, header, localDay(core.now())).find(
    (s) => s.memberId === memberId,
  )
  if (!sheet) throw new AppFailure('NOT_FOUND', 'There is no goal sheet for you in this session.')
  const title = `${workshop.title} — goal sheet ${sheet.memberName}`
  const result = await core.pdf.render({ sheets: [sheet], pageSize: settings.pageSize, title })
  return { fileName: `${safeFileName(title, 'Goal sheet')}.pdf`, pdf: result.pdf }
}
