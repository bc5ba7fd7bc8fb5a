import type { RefObject } from 'react'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Channel } from '../../../shared/comms/agreement'
import { RATING_LABELS } from '../../../shared/comms/defaults'
import type { Ratings } from '../../../shared/comms/edits'
import { meanScore } from '../../../shared/comms/edits'
import { DEPARTMENT_LABELS } from '../../../shared/comms/resolver'
import type { Participant } from '../../../shared/workshop/workshop'
import { useBoardPage } from '../audience/BoardPages'
import { splitPages, useFontsSettled } from '../audience/paging'

type Department = Participant['department']
const GROUPS: Department[] = ['sales', 'marketing', 'management', 'other']
const LONG_NAME = 22

const labelOf = (score: number | null | undefined) =>
  typeof score === 'number' ? RATING_LABELS[score as keyof typeof RATING_LABELS] : 'Not rated'
const shortName = (name: string) =>
  [...name].length > LONG_NAME ? `${[...name].slice(0, LONG_NAME - 1).join('')}…` : name

interface Props {
  participants: readonly Participant[]
  ratings: Ratings
  channels: readonly Channel[]
  /** Everyone's column, or one average column per department. */
  mode?: 'people' | 'departments'
  /** On the projector: names on one line, and pages when the map does not fit. */
  projected?: boolean
}

/**
 * The team's ratings in one table: channels down the side, people across, grouped by department
 * with each department's average, so the room sees where sales and marketing differ. Colour never
 * carries meaning alone: every cell shows its number.
 */
export const HeatMap = ({
  participants,
  ratings,
  channels,
  mode = 'people',
  projected = false,
}: Props) => {
  const groups = GROUPS.map((d) => ({ d, people: participants.filter((p) => p.department === d) }))
    // Sales and marketing always show, even empty: the comparison is the point.
    .filter((g) => g.people.length > 0 || g.d === 'sales' || g.d === 'marketing')
  const ordered = groups.flatMap((g) => g.people)
  const content = useMemo(() => ({ participants, channels, mode }), [participants, channels, mode])
  const ref = useRef<HTMLDivElement>(null)
  const pages = useHeatPages(
    ref,
    projected,
    mode === 'people' ? ordered.length : 0,
    channels.length,
    content,
  )
  const people = new Set(ordered.slice(pages.cols[0], pages.cols[1]).map((p) => p.memberId))
  const shownGroups = groups
    .map((g) => ({ ...g, shown: g.people.filter((p) => people.has(p.memberId)) }))
    .filter((g) => mode === 'departments' || g.shown.length > 0 || g.people.length === 0)
  const rows = channels.slice(pages.rows[0], pages.rows[1])
  return (
    <div ref={ref} className={`heat-map${projected ? ' heat-projected' : ''}`}>
      <table className="heat" aria-label="Heat map of channel preferences">
        <thead>
          <tr>
            {mode === 'people' ? <td className="heat-corner" /> : <th scope="col">Channel</th>}
            {shownGroups.map(({ d, people: all, shown }) => (
              <th
                key={d}
                scope="colgroup"
                colSpan={mode === 'people' ? shown.length + 1 : 1}
                className={`heat-dept heat-dept-${d}`}
                data-dept={d}
              >
                {DEPARTMENT_LABELS[d]} <span className="hint">({all.length})</span>
              </th>
            ))}
          </tr>
          {mode === 'people' && (
            <tr>
              <th scope="col">Channel</th>
              {shownGroups.flatMap(({ d, shown }) => [
                ...shown.map((p) => (
                  <th
                    key={p.memberId}
                    scope="col"
                    className="heat-person"
                    title={p.name}
                    aria-label={p.name}
                    data-heat-person
                    data-dept={d}
                    data-item-text={p.name}
                  >
                    {projected ? shortName(p.name) : p.name}
                  </th>
                )),
                <th key={`${d}-mean`} scope="col" className="heat-mean-head" data-heat-mean>
                  Avg
                </th>,
              ])}
            </tr>
          )}
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className={c.inUse ? undefined : 'heat-unused'} data-heat-row>
              <th scope="row">{c.name}</th>
              {shownGroups.flatMap(({ d, people: all, shown }) => [
                ...(mode === 'people' ? shown : []).map((p) => {
                  const score = ratings[p.memberId]?.[c.id]?.score
                  return (
                    <td
                      key={p.memberId}
                      data-score={score ?? 'none'}
                      aria-label={`${p.name}, ${c.name}: ${labelOf(score)}`}
                      title={labelOf(score)}
                    >
                      {score ?? '·'}
                    </td>
                  )
                }),
                <MeanCell
                  key={`${d}-mean`}
                  department={d}
                  people={all}
                  ratings={ratings}
                  channel={c}
                />,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const MeanCell = ({
  department,
  people,
  ratings,
  channel,
}: {
  department: Department
  people: readonly Participant[]
  ratings: Ratings
  channel: Channel
}) => {
  const mean = meanScore(ratings, people, channel.id)
  return (
    <td
      className="heat-mean"
      data-score={mean === null ? 'none' : Math.round(mean)}
      aria-label={`${DEPARTMENT_LABELS[department]} average, ${channel.name}: ${mean === null ? 'not rated' : mean.toFixed(1)}`}
    >
      {mean === null ? '·' : mean.toFixed(1)}
    </td>
  )
}

/**
 * On the projector the map pages like the board: people across in as many pages as their columns
 * need, channels down if they do not fit. Measured with everything shown, before it is painted.
 */
const useHeatPages = (
  ref: RefObject<HTMLDivElement | null>,
  projected: boolean,
  people: number,
  channels: number,
  content: unknown,
) => {
  const { page, report } = useBoardPage()
  const fonts = useFontsSettled()
  const [box, setBox] = useState('')
  const [measured, setMeasured] = useState<{
    content: unknown
    box: string
    fonts: number
    cols: number[]
    rows: number[]
  } | null>(null)
  const held =
    measured && measured.content === content && measured.box === box && measured.fonts === fonts
      ? measured
      : null
  const fresh = projected && held !== null
  useLayoutEffect(() => {
    const el = ref.current
    if (!projected || !el) return
    const observer = new ResizeObserver(() => setBox(`${el.clientWidth}x${el.clientHeight}`))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, projected])
  useLayoutEffect(() => {
    const el = ref.current
    if (!projected || fresh || !el) return
    const size = `${el.clientWidth}x${el.clientHeight}`
    setBox(size)
    setMeasured({
      content,
      box: size,
      fonts,
      cols: columnStarts(el),
      rows: splitPages(el, 'y', '[data-heat-row]'),
    })
  }, [ref, projected, fresh, content, fonts])
  const cols = fresh ? held!.cols : [0]
  const rows = fresh ? held!.rows : [0]
  const total = cols.length * rows.length
  const mine = Math.min(page, total - 1)
  const col = Math.floor(mine / rows.length)
  const row = mine % rows.length
  const shown = !fresh ? people : page < total ? (cols[col + 1] ?? people) - cols[col]! : 0
  useEffect(() => {
    if (fresh) report('heat-map', { pages: total, items: people, shown })
  }, [fresh, total, people, shown, report])
  useEffect(() => () => report('heat-map', null), [report])
  return {
    cols: [cols[col]!, cols[col + 1] ?? people] as const,
    rows: [rows[row]!, rows[row + 1] ?? channels] as const,
  }
}

/** The narrowest a department's header cell can be: its text, padding and borders. */
const headerMinWidths = (el: HTMLElement): Map<string, number> => {
  const widths = new Map<string, number>()
  for (const th of el.querySelectorAll<HTMLElement>('.heat-dept')) {
    const range = document.createRange()
    range.selectNodeContents(th)
    const style = getComputedStyle(th)
    const frame =
      parseFloat(style.paddingLeft) +
      parseFloat(style.paddingRight) +
      th.offsetWidth -
      th.clientWidth
    widths.set(th.dataset['dept'] ?? '', range.getBoundingClientRect().width + frame + 1)
  }
  return widths
}

/**
 * Where each page of people columns starts. A page's width is, per department on it, its name
 * columns and average column, or its header's own width when that is wider.
 */
const columnStarts = (el: HTMLElement): number[] => {
  const names = [...el.querySelectorAll<HTMLElement>('[data-heat-person]')]
  const mean = el.querySelector<HTMLElement>('[data-heat-mean]')?.offsetWidth ?? 0
  const first = el.querySelector<HTMLElement>('tbody th')?.offsetWidth ?? 0
  const headers = headerMinWidths(el)
  const room = el.clientWidth - first - 2
  const starts = [0]
  let groups = new Map<string, number>()
  const widthOf = (g: Map<string, number>) =>
    [...g].reduce((sum, [d, w]) => sum + Math.max(w + mean, headers.get(d) ?? 0), 0)
  names.forEach((th, i) => {
    const d = th.dataset['dept'] ?? ''
    const next = new Map(groups).set(d, (groups.get(d) ?? 0) + th.offsetWidth)
    if (i > starts.at(-1)! && widthOf(next) > room) {
      starts.push(i)
      groups = new Map([[d, th.offsetWidth]])
    } else groups = next
  })
  return starts
}
