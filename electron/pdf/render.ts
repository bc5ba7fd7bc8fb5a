import type { Formatter } from '../../shared/format/format-dates'
import { makeFormatter } from '../../shared/format/format-dates'
import type { Formats } from '../../shared/format/formats'
import type { RenderRequest, RenderWarning, SheetModel } from '../../shared/pdf/sheet-models'
import { drawActionPlan } from './action-plan-sheet'
import { drawAgreement } from './agreement-sheet'
import { drawBlankSheet } from './blank-sheet'
import { drawGoalSheet } from './goal-sheet'
import { drawReport } from './report'
import { PageWriter } from './page-writer'
import { pageNumbers } from './sheet-parts'
import { drawTeamSummary } from './team-summary'
import type { Found } from './text-runs'
import { visualRuns } from './text-runs'

/** For callers that name no formats: "15 Dec 2026", 24-hour clock. */
const DEFAULT_FORMATS: Formats = {
  locale: 'en-GB',
  date: 'auto',
  hour12: false,
  paper: 'A4',
  weekStart: 1,
}

/** Date formats built once per choice of formats: each one builds several Intl formatters. */
const formatters = new Map<string, Formatter>()
const formatterFor = (formats: Formats) => {
  const key = JSON.stringify(formats)
  let fmt = formatters.get(key)
  if (!fmt) {
    if (formatters.size >= 16) formatters.clear()
    formatters.set(key, (fmt = makeFormatter(formats)))
  }
  return fmt
}

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
  else if (sheet.kind === 'blank') drawBlankSheet(w, sheet)
  else if (sheet.kind === 'summary') drawTeamSummary(w, sheet)
  else if (sheet.kind === 'agreement') drawAgreement(w, sheet)
  else if (sheet.kind === 'report') drawReport(w, sheet)
  else drawActionPlan(w, sheet)
}

/** What the foot of each page (and the bookmark) says the sheet is. */
const labelOf = (sheet: SheetModel) => {
  if (sheet.kind === 'personal')
    return `${sheet.role === 'manager' ? "Manager's sheet" : 'Goal sheet'} — ${sheet.memberName}`
  if (sheet.kind === 'blank') return `Goal sheet to fill in — ${sheet.memberName}`
  if (sheet.kind === 'summary') return 'Team summary'
  if (sheet.kind === 'agreement') return `Communication agreement — ${sheet.versionLabel}`
  if (sheet.kind === 'report') return `Engagement report — ${sheet.header.clientName}`
  return 'Action plan'
}

/** The author is the facilitator; the subject says which client and what the document is. */
const infoOf = (request: RenderRequest) => {
  const first = request.sheets[0]!
  const client = first.kind === 'report' ? first.header.clientName : first.header.clientName
  return {
    title: request.title,
    author: request.author || first.header.facilitatorName,
    subject: request.subject ?? `${labelOf(first).split(' — ')[0]} for ${client}`,
    keywords: `${client}, sales and marketing alignment`,
  }
}

/** Draws every sheet into one document; each sheet numbers its own pages "n of m". */
export const renderPdf = async (
  request: RenderRequest,
  onSheet?: (done: number, total: number) => void,
): Promise<RenderResult> => {
  // A PDF without pages is not a valid file; callers always ask for at least the team summary.
  if (request.sheets.length === 0) throw new RangeError('Nothing to print: no sheet was requested.')
  const found: Found = { missing: new Set(), emoji: new Set() }
  const fmt = formatterFor(request.formats ?? DEFAULT_FORMATS)
  const w = new PageWriter(request.pageSize, found, fmt, infoOf(request))
  const ranges: [number, number, string][] = []
  request.sheets.forEach((sheet, i) => {
    const first = w.doc.bufferedPageRange().count
    w.tags.element('Sect', () => draw(w, sheet))
    ranges.push([first, w.doc.bufferedPageRange().count - 1, labelOf(sheet)])
    onSheet?.(i + 1, request.sheets.length)
  })
  for (const [first, last, label] of ranges) {
    pageNumbers(w, first, last, label)
    // One bookmark per sheet when there are several: "jump to Ana's sheet" in any PDF viewer.
    if (ranges.length > 1) {
      w.doc.switchToPage(first)
      w.doc.outline.addItem(label)
    }
  }
  const pageCount = w.doc.bufferedPageRange().count
  return { pdf: await w.finish(), pageCount, warnings: warningsOf(found) }
}
