import type { RenderRequest, SheetActivity } from '../../shared/pdf/sheet-models'
import { loadFont } from './fonts'
import { renderPdf } from './render'

const header = {
  clientName: 'Warm-up',
  workshopTitle: 'Team goals',
  sessionDate: '2026-01-05',
  facilitatorName: 'Facilitator',
}

const activity = (n: number, kind: SheetActivity['kind'], mine: boolean): SheetActivity => ({
  id: `warm-${n}`,
  text: `Share the weekly list of qualified leads with the other team (${n})`,
  kind,
  tag: (['sales', 'marketing', 'joint'] as const)[n % 3]!,
  ownerName: mine ? 'Team member' : 'Colleague',
  ownerId: mine ? 'warm-member' : 'warm-colleague',
  dueDate: '2026-02-05',
  proposedBy: null,
})

/**
 * A small goal sheet drawn soon after launch and thrown away: it loads pdfkit's code, parses the
 * Latin fonts (both weights), runs every part of a goal sheet once so its code is compiled, and
 * shapes the labels every sheet has, so the person's first real export costs what the next do.
 */
export const WARM_UP_REQUEST: RenderRequest = {
  title: 'Warm-up',
  pageSize: 'A4',
  sheets: [
    {
      kind: 'personal',
      header,
      memberId: 'warm-member',
      memberName: 'Team member',
      memberDepartment: 'Sales',
      todayDate: '2026-01-05',
      goalBegins: '2026-01-05',
      reviewDates: ['2026-02-05', null, null, null],
      goalEnds: '2026-04-05',
      goals: [
        {
          id: 'warm-goal',
          title: 'Every qualified lead followed up within two days',
          criteria: 'The CRM shows the follow-ups, four weeks in a row.',
          begins: '2026-01-05',
          ends: '2026-04-05',
          confirmed: true,
          activities: [activity(1, 'stop', true), activity(2, 'improve', false)],
        },
      ],
      myActivities: [activity(1, 'stop', true)],
      commitment: 'I follow up every lead within two days.',
      committed: true,
      managerName: 'Manager',
      role: 'member',
      supported: true,
      supportNote: '',
    },
  ],
}

/**
 * Every pair of common Latin characters, shaped once in each weight: fontkit reads a font's
 * kerning and ligature tables lazily, a piece per first letter, so without this the first real
 * sheet's new words paid for reading them.
 */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;()-–’'
const LATIN_PAIRS = [...LATIN].flatMap((a) => [...LATIN].map((b) => a + b)).join('')

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Warms the worker for Latin text in small steps (a sheet, then each weight's letter pairs): a
 * real export asked for meanwhile is served between two steps instead of waiting for them all.
 * The other scripts' fonts are parsed when a sheet first needs them (0.1–0.4 s, once): warming
 * them all kept about 40 MB more in every running app, most of whose teams never use them.
 */
export const warmUp = async () => {
  await renderPdf(WARM_UP_REQUEST)
  for (const key of ['sans', 'sansBold'] as const) {
    await nextTurn()
    loadFont(key).layout(LATIN_PAIRS)
  }
}
