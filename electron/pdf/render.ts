import type { RenderRequest, RenderWarning, SheetModel } from '../../shared/pdf/sheet-models'
import { drawActionPlan } from './action-plan-sheet'
import { drawAgreement } from './agreement-sheet'
import { drawGoalSheet } from './goal-sheet'
import { PageWriter } from './page-writer'
import { pageNumbers } from './sheet-parts'
import { drawTeamSummary } from './team-summary'
import type { Found } from './text-runs'
import { visualRuns } from './text-runs'

export interface RenderResult {
  pdf: Uint8Array
  pageCount: number
  warnings: RenderWarning[]
}

const warningsOf = (found: Found): RenderWarning[] => {
  const out: RenderWarning[] = []
  if (found.missing.size) {
    const sample = [...found.missing].slice(0, 12).join(' ')
    out.push({
      kind: 'missing-glyphs',
      sample,
      message: `Some characters have no printable font in the app and print as “\uFFFD”: ${sample}`,
    })
  }
  if (found.emoji.size) {
    const sample = [...found.emoji].slice(0, 12).join(' ')
    out.push({
      kind: 'emoji-replaced',
      sample,
      message: `Emoji cannot be printed and appear as “\uFFFD”: ${sample}`,
    })
  }
  return out
}

/** Every string in the sheets, whatever their kind: what the check must look at before printing. */
const allText = (value: unknown, out: string[] = []): string[] => {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) allText(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allText(v, out)
  return out
}

/** What would not print as typed, found before any PDF is made, so the user can decide first. */
export const checkRenderable = (request: RenderRequest): RenderWarning[] => {
  const found: Found = { missing: new Set(), emoji: new Set() }
  for (const text of allText(request.sheets))
    for (const line of text.split('\n')) visualRuns(line, 'regular', found)
  return warningsOf(found)
}

const draw = (w: PageWriter, sheet: SheetModel) => {
  if (sheet.kind === 'personal') drawGoalSheet(w, sheet)
  else if (sheet.kind === 'summary') drawTeamSummary(w, sheet)
  else if (sheet.kind === 'agreement') drawAgreement(w, sheet)
  else drawActionPlan(w, sheet)
}

/** What the foot of each page says the sheet is. */
const labelOf = (sheet: SheetModel) => {
  if (sheet.kind === 'personal') return `Goal sheet — ${sheet.memberName}`
  if (sheet.kind === 'summary') return 'Team summary'
  if (sheet.kind === 'agreement') return `Communication agreement — ${sheet.versionLabel}`
  return 'Action plan'
}

/** Draws every sheet into one document; each sheet numbers its own pages "n of m". */
export const renderPdf = async (
  request: RenderRequest,
  onSheet?: (done: number, total: number) => void,
): Promise<RenderResult> => {
  // A PDF without pages is not a valid file; callers always ask for at least the team summary.
  if (request.sheets.length === 0) throw new RangeError('Nothing to print: no sheet was requested.')
  const found: Found = { missing: new Set(), emoji: new Set() }
  const w = new PageWriter(request.pageSize, found, request.title)
  const ranges: [number, number, string][] = []
  request.sheets.forEach((sheet, i) => {
    const first = w.doc.bufferedPageRange().count
    draw(w, sheet)
    ranges.push([first, w.doc.bufferedPageRange().count - 1, labelOf(sheet)])
    onSheet?.(i + 1, request.sheets.length)
  })
  for (const [first, last, label] of ranges) pageNumbers(w, first, last, label)
  const pageCount = w.doc.bufferedPageRange().count
  return { pdf: await w.finish(), pageCount, warnings: warningsOf(found) }
}
