import type { RenderRequest } from '../../shared/pdf/sheet-models'

/**
 * A small sheet drawn once, soon after launch, and thrown away: it parses the Latin fonts (both
 * weights), loads pdfkit's code and shapes the labels every sheet has, so the person's first real
 * export costs what the next ones do. Other scripts' fonts load when a sheet first needs them.
 */
export const WARM_UP_REQUEST: RenderRequest = {
  title: 'Warm-up',
  pageSize: 'A4',
  sheets: [
    {
      kind: 'blank',
      header: {
        clientName: 'Warm-up',
        workshopTitle: 'Team goals',
        sessionDate: '2026-01-05',
        facilitatorName: 'Facilitator',
      },
      memberName: 'Team member',
      memberDepartment: 'Sales',
      goalBegins: '2026-01-05',
      reviewDates: ['2026-02-05', null, null, null],
      goalEnds: '2026-04-05',
    },
  ],
}
