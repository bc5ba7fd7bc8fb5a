import type { AgreementPerson, AgreementSheetModel } from '../../shared/pdf/sheet-models'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import { heading, kicker, runningHeader, title } from './sheet-parts'
import { table } from './table'

const channelAt = (m: AgreementSheetModel, cells: string[], mark: string) =>
  m.channels[cells.indexOf(mark)] ?? '—'

/** Levels × channels × response times × escalation, in one table. */
export const levelTable = (w: PageWriter, m: Pick<AgreementSheetModel, 'channels' | 'levels'>) => {
  if (m.levels.length === 0 || m.channels.length === 0) {
    w.paragraph('No message levels or channels agreed yet.', { size: 10, color: COLORS.muted })
    return
  }
  table(
    w,
    [
      { label: 'Message', share: 0.17 },
      { label: 'Kind', share: 0.13 },
      { label: 'First try', share: 0.15 },
      { label: 'Then', share: 0.14 },
      { label: 'Reply within', share: 0.13 },
      { label: 'When nobody answers', share: 0.28 },
    ],
    m.levels.map((l) => [
      l.name,
      l.urgency,
      channelAt(m as AgreementSheetModel, l.cells, '1st'),
      channelAt(m as AgreementSheetModel, l.cells, '2nd'),
      l.response,
      l.noAnswer || '—',
    ]),
    { size: 9, boldFirst: true },
  )
}

const SIGN_COLUMNS = 3
const SIGN_ROW = 42

/** A line for everyone; those who acknowledged in the app have the date printed beside their name. */
const signatures = (w: PageWriter, people: AgreementPerson[]) => {
  const rows = Math.ceil(people.length / SIGN_COLUMNS)
  const block = 40 + rows * SIGN_ROW
  w.ensure(block <= w.bottom - w.top ? block : 40 + SIGN_ROW)
  heading(w, 'Signed by', 12, 0)
  const col = w.width / SIGN_COLUMNS
  w.tags.element('Form', () =>
    people.forEach((p, i) => {
      const column = i % SIGN_COLUMNS
      if (column === 0) w.ensure(SIGN_ROW)
      const x = w.left + column * col
      w.rule(w.y + 22, COLORS.text, x, x + col - 14)
      w.drawLine(w.clip(p.name, col - 14, 9, 'bold'), x, w.y + 25, { size: 9, weight: 'bold' })
      const ack = p.acknowledgedAt
        ? `acknowledged in the app ${w.fmt.date(p.acknowledgedAt)}`
        : 'signature and date'
      w.drawLine(ack, x, w.y + 36, { size: 7.5, color: COLORS.muted })
      if (column === SIGN_COLUMNS - 1 || i === people.length - 1) w.gap(SIGN_ROW + 6)
    }),
  )
}

const cardLines = (p: AgreementPerson) => [
  `Working hours: ${p.hours}`,
  `Time zone: ${p.timeZone || 'not set'}`,
  `Best channel: ${p.preferred}`,
  `When it is urgent: ${p.urgent}`,
  ...(p.offGrid.length ? [`Off the grid: ${p.offGrid.join('; ')}`] : []),
]

/** "How to reach me": a card per person, two per row, to cut out and pin beside the desk. */
const contactCards = (w: PageWriter, m: AgreementSheetModel) => {
  w.newPage()
  w.paragraph('How to reach me', { size: 16, weight: 'bold', tag: 'H2' })
  w.paragraph('One card per person; cut along the dashed lines.', { size: 9, color: COLORS.muted })
  w.gap(8)
  const col = w.width / 2
  const cardWidth = col - 10
  const heightOf = (p: AgreementPerson) =>
    38 +
    cardLines(p).reduce((h, l) => h + w.heightOf(l, { size: 8.5, width: cardWidth - 16 }), 0) +
    8
  for (let i = 0; i < m.people.length; i += 2) {
    const pair = m.people.slice(i, i + 2)
    const height = Math.max(...pair.map(heightOf))
    w.ensure(height + 10)
    const top = w.y
    pair.forEach((p, j) => {
      const x = w.left + j * col
      w.tags.artifact(() => {
        w.doc
          .rect(x, top, cardWidth, height)
          .dash(3, { space: 3 })
          .strokeColor(COLORS.rule)
          .stroke()
        w.doc.undash()
      })
      w.tags.element('Sect', () => {
        w.tags.element('H3', () =>
          w.drawLine(w.clip(p.name, cardWidth - 16, 11, 'bold'), x + 8, top + 8, {
            size: 11,
            weight: 'bold',
          }),
        )
        w.tags.element('P', () =>
          w.drawLine(p.department, x + 8, top + 23, { size: 8, color: COLORS.muted }),
        )
        let y = top + 38
        for (const line of cardLines(p))
          w.tags.element('P', () => {
            for (const l of w.wrap(line, cardWidth - 16, 8.5)) {
              w.drawLine(l, x + 8, y, { size: 8.5 })
              y += w.lineHeight(8.5)
            }
          })
      })
    })
    w.y = top + height + 10
  }
}

/** Page one is the whole agreement at a glance, signed by everyone; the cards follow. */
export const drawAgreement = (w: PageWriter, m: AgreementSheetModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  kicker(w, 'Communication agreement')
  title(w, m.header.workshopTitle)
  w.paragraph(`${m.header.clientName} · ${m.versionLabel}`, { size: 9.5, color: COLORS.muted })
  w.gap(4)
  w.paragraph(
    m.channels.length ? `Channels we use: ${m.channels.join(', ')}.` : 'No channels agreed yet.',
    { size: 10 },
  )
  heading(w, 'Which channel, how fast, and what if nobody answers', 12, 2)
  levelTable(w, m)
  w.gap(4)
  w.paragraph(
    'Everyone keeps their own card (next pages) with working hours, off-grid times and how to reach them when it is urgent.',
    { size: 8.5, color: COLORS.muted },
  )
  if (m.people.length) {
    signatures(w, m.people)
    contactCards(w, m)
  }
}
