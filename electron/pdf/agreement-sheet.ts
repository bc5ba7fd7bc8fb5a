import type { AgreementPerson, AgreementSheetModel } from '../../shared/pdf/sheet-models'
import { COLORS, formatDate } from './format'
import type { PageWriter } from './page-writer'
import { heading, runningHeader } from './sheet-parts'
import { table } from './table'

/** Level × channel: which to try first and second, how fast, and what to do when nobody answers. */
const levelTables = (w: PageWriter, m: AgreementSheetModel) => {
  heading(w, 'Which channel for which message')
  if (m.levels.length === 0 || m.channels.length === 0) {
    w.paragraph('No message levels or channels agreed yet.', { size: 10, color: COLORS.muted })
    return
  }
  const first = 0.2
  const share = (1 - first) / m.channels.length
  table(
    w,
    [{ label: 'Message', share: first }, ...m.channels.map((c) => ({ label: c, share }))],
    m.levels.map((l) => [l.name, ...l.cells]),
    { size: 9, boldFirst: true },
  )
  w.gap(6)
  heading(w, 'Response times and escalation')
  table(
    w,
    [
      { label: 'Message', share: 0.2 },
      { label: 'Kind', share: 0.18 },
      { label: 'Reply within', share: 0.17 },
      { label: 'When nobody answers', share: 0.45 },
    ],
    m.levels.map((l) => [l.name, l.urgency, l.response, l.noAnswer || '—']),
    { boldFirst: true },
  )
}

const availability = (w: PageWriter, people: AgreementPerson[]) => {
  heading(w, 'When and how to reach each person')
  table(
    w,
    [
      { label: 'Person', share: 0.22 },
      { label: 'Working hours', share: 0.25 },
      { label: 'Off the grid', share: 0.3 },
      { label: 'When it is urgent', share: 0.23 },
    ],
    people.map((p) => [
      `${p.name} (${p.department})`,
      `${p.hours}\n${p.timeZone}`,
      p.offGrid.join('\n') || '—',
      p.urgent,
    ]),
    { boldFirst: true },
  )
}

const ACK_COLUMNS = 3
const ACK_ROW = 40

/** Three to a row; the block stays on one page whenever it fits on one. */
const acknowledgements = (w: PageWriter, people: AgreementPerson[]) => {
  const rows = Math.ceil(people.length / ACK_COLUMNS)
  const block = 40 + rows * ACK_ROW
  w.ensure(block <= w.bottom - w.top ? block : 40 + ACK_ROW)
  heading(w, 'Acknowledged by')
  const col = w.width / ACK_COLUMNS
  people.forEach((p, i) => {
    const column = i % ACK_COLUMNS
    if (column === 0) w.ensure(ACK_ROW)
    const x = w.left + column * col
    // A very long name is cut to its column here; the tables above print it whole.
    const [first = '', ...rest] = w.wrap(p.name, col - 14, 10)
    const name = rest.length ? `${first}…` : first
    if (p.acknowledgedAt) {
      w.drawLine(name, x, w.y + 8, { size: 10, weight: 'bold' })
      w.drawLine(`Acknowledged ${formatDate(p.acknowledgedAt)}`, x, w.y + 22, {
        size: 8,
        color: COLORS.muted,
      })
    } else {
      w.drawLine(name, x, w.y + 2, { size: 10, weight: 'bold' })
      w.rule(w.y + 27, COLORS.text, x, x + col - 14)
      w.drawLine('signature and date', x, w.y + 29, { size: 7.5, color: COLORS.muted })
    }
    if (column === ACK_COLUMNS - 1 || i === people.length - 1) w.gap(ACK_ROW)
  })
}

/** "How to reach me": a card per person, two per row, to cut out and pin beside the desk. */
const contactCards = (w: PageWriter, m: AgreementSheetModel) => {
  w.newPage()
  w.paragraph('How to reach me', { size: 16, weight: 'bold' })
  w.paragraph('One card per person; cut along the lines.', { size: 9, color: COLORS.muted })
  w.gap(8)
  const col = w.width / 2
  const cardWidth = col - 10
  const lines = (p: AgreementPerson) => [
    `Hours: ${p.hours} (${p.timeZone})`,
    `Best channel: ${p.preferred}`,
    `Urgent: ${p.urgent}`,
    ...(p.offGrid.length ? [`Off the grid: ${p.offGrid.join('; ')}`] : []),
  ]
  const heightOf = (p: AgreementPerson) =>
    26 + lines(p).reduce((h, l) => h + w.heightOf(l, { size: 8.5, width: cardWidth - 16 }), 0) + 10
  for (let i = 0; i < m.people.length; i += 2) {
    const pair = m.people.slice(i, i + 2)
    const height = Math.max(...pair.map(heightOf))
    w.ensure(height + 10)
    const top = w.y
    pair.forEach((p, j) => {
      const x = w.left + j * col
      w.doc.rect(x, top, cardWidth, height).dash(3, { space: 3 }).strokeColor(COLORS.rule).stroke()
      w.doc.undash()
      w.drawLine(p.name, x + 8, top + 8, { size: 11, weight: 'bold' })
      let y = top + 26
      for (const line of lines(p)) {
        for (const l of w.wrap(line, cardWidth - 16, 8.5)) {
          w.drawLine(l, x + 8, y, { size: 8.5 })
          y += w.lineHeight(8.5)
        }
      }
    })
    w.y = top + height + 10
  }
}

export const drawAgreement = (w: PageWriter, m: AgreementSheetModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  w.paragraph('Communication agreement', { size: 9, weight: 'bold', color: COLORS.accent })
  w.paragraph(m.header.workshopTitle, { size: 20, weight: 'bold' })
  w.paragraph(`${m.header.clientName} · ${m.versionLabel}`, { size: 10, color: COLORS.muted })
  w.gap(4)
  w.paragraph(
    m.channels.length ? `Channels we use: ${m.channels.join(', ')}.` : 'No channels agreed yet.',
    { size: 10 },
  )
  levelTables(w, m)
  availability(w, m.people)
  acknowledgements(w, m.people)
  if (m.people.length) contactCards(w, m)
}
