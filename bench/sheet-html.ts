import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { KIND, TAG } from '../electron/pdf/format'
import { makeFormatter } from '../shared/format/format-dates'

const { date: formatDate } = makeFormatter({
  locale: 'en-GB',
  date: 'auto',
  hour12: false,
  paper: 'A4',
  weekStart: 1,
})
import type { GoalSheetModel } from '../shared/pdf/sheet-models'

/**
 * The personal goal sheet as HTML with the same embedded Noto Sans, for the comparison with
 * Chromium's print-to-PDF: same fields, same lists, same fonts, one A4 page.
 */
const require = createRequire(import.meta.url)
const fontFace = (file: string, weight: number) =>
  `@font-face{font-family:'Sheet';font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(
    require.resolve(file),
  ).toString('base64')}) format('truetype')}`

export const sheetStyles = () => `
${fontFace('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', 400)}
${fontFace('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', 700)}
body{font-family:'Sheet';color:#1b1f24;font-size:10pt;margin:0}
header{display:flex;justify-content:space-between;border-bottom:1px solid #c9ced4;font-size:8pt}
h1{font-size:20pt;margin:4pt 0}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:8pt}
.field{border-bottom:1px solid #c9ced4}.field small{display:block;color:#5b636d;font-size:7pt}
h2{font-size:13pt}h3{font-size:12pt;color:#1f5fbf}
.mine{background:#fff4cc;border:1px solid #d59b00;font-weight:700}
.meta{color:#5b636d;font-size:8.5pt}
.sign{display:flex;gap:16pt;margin-top:30pt}.sign div{flex:1;border-top:1px solid #1b1f24;font-size:8pt}
`

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

export const sheetBody = (m: GoalSheetModel) => {
  const field = (label: string, value: string) =>
    `<div class="field"><small>${label}</small>${esc(value) || '&nbsp;'}</div>`
  const goals = m.goals
    .map(
      (g, i) => `<h3>Goal ${i + 1}: ${esc(g.title)}</h3><p>Met when: ${esc(g.criteria)}</p>
${(['stop', 'improve', 'continue'] as const)
  .map((kind) =>
    g.activities
      .filter((a) => a.kind === kind)
      .map(
        (a) =>
          `<div class="${a.ownerId === m.memberId ? 'mine' : ''}">${esc(a.text)}<div class="meta">${KIND[a.kind]} · ${TAG[a.tag]} · ${esc(a.ownerName ?? '')} ${formatDate(a.dueDate)}</div></div>`,
      )
      .join(''),
  )
  .join('')}`,
    )
    .join('')
  return `<header><b>${esc(m.header.clientName)}</b><span>${esc(m.header.workshopTitle)}</span></header>
<small>Goal sheet</small><h1>${esc(m.memberName)}</h1>
<div class="grid">${field('Team member', m.memberName)}${field("Today's date", formatDate(m.todayDate))}${field('Team', m.memberDepartment)}
${field('Goal begins', formatDate(m.goalBegins))}${field('Goal ends', formatDate(m.goalEnds))}${field('Facilitator', m.header.facilitatorName)}
${m.reviewDates.map((d, i) => field(`Review ${i + 1}`, formatDate(d))).join('')}</div>
<h2>The goals</h2>${goals}
<h2>My activities</h2>${m.myActivities.map((a) => `<p>${esc(a.text)} — due ${formatDate(a.dueDate)}</p>`).join('')}
<h2>My commitment</h2><p>${esc(m.commitment)}</p>
<div class="sign"><div>Signature — ${esc(m.memberName)}</div><div>Date</div><div>Signature — ${esc(m.managerName ?? 'Manager')}</div><div>Date</div></div>`
}
