import type { CommsPart, PhoneAvailability } from '../../shared/participants/session-parts'
import type { CommsActions } from './comms-sections'
import { h, replace } from './dom'
import { DAYS } from './labels'

const newBlockId = () => `block-${Math.random().toString(36).slice(2, 12).padEnd(8, '0')}`

const blockRow = (b: PhoneAvailability['weeklyOffGrid'][number], i: number, remove: () => void) => {
  const n = b.id
  return h(
    'li',
    { class: 'block', 'data-id': n },
    h('label', { for: `day-${n}` }, 'Day'),
    h(
      'select',
      { id: `day-${n}` },
      DAYS.map((d, i) => h('option', { value: String(i + 1), selected: b.day === i + 1 }, d)),
    ),
    h(
      'div',
      { class: 'pair' },
      h('label', {}, 'From', h('input', { id: `from-${n}`, type: 'time', value: b.start })),
      h('label', {}, 'To', h('input', { id: `to-${n}`, type: 'time', value: b.end })),
    ),
    h('label', { for: `what-${n}` }, 'What (e.g. client visits)'),
    h('input', { id: `what-${n}`, maxlength: 200, value: b.label }),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: remove },
      `Remove time off the grid ${i + 1}`,
    ),
  )
}

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

/** Working days and hours, the person's time zone, and the weekly times they are off the grid. */
export const hoursForm = (c: CommsPart, act: CommsActions) => {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  const a: PhoneAvailability = c.availability ?? {
    timeZone: here,
    workDays: [1, 2, 3, 4, 5],
    workStart: '09:00',
    workEnd: '17:00',
    weeklyOffGrid: [],
  }
  const all = zones()
  const zone = all.length
    ? h(
        'select',
        { id: 'time-zone' },
        (all.includes(a.timeZone) ? all : [a.timeZone, ...all]).map((z) =>
          h('option', { value: z, selected: z === a.timeZone }, z),
        ),
      )
    : h('input', { id: 'time-zone', value: a.timeZone, autocomplete: 'off' })
  const blocks = h('ul', { class: 'plain blocks', 'aria-label': 'Times off the grid' })
  const value = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.value ?? ''
  const read = (): PhoneAvailability['weeklyOffGrid'] =>
    [...blocks.querySelectorAll<HTMLElement>('li.block')].map((li) => {
      const n = li.dataset.id ?? ''
      return {
        id: n,
        day: Number(value(`day-${n}`)),
        start: value(`from-${n}`),
        end: value(`to-${n}`),
        label: value(`what-${n}`),
      }
    })
  const draw = (list: PhoneAvailability['weeklyOffGrid']) =>
    replace(
      blocks,
      list.map((b, i) => blockRow(b, i, () => draw(read().filter((x) => x.id !== b.id)))),
    )
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      'aria-label': 'Working hours',
      onsubmit: (e: Event) => {
        e.preventDefault()
        act.hours({
          timeZone: value('time-zone'),
          workDays: DAYS.flatMap((_, i) =>
            form.querySelector<HTMLInputElement>(`#workday-${i + 1}`)?.checked ? [i + 1] : [],
          ),
          workStart: value('work-start'),
          workEnd: value('work-end'),
          weeklyOffGrid: read(),
        })
      },
    },
    h('h2', {}, 'When can people reach you?'),
    h('label', { for: 'time-zone' }, 'Time zone'),
    zone,
    h(
      'fieldset',
      {},
      h('legend', {}, 'Working days'),
      h(
        'div',
        { class: 'choices' },
        DAYS.map((d, i) =>
          h(
            'label',
            { class: 'choice day' },
            h('input', {
              type: 'checkbox',
              id: `workday-${i + 1}`,
              checked: a.workDays.includes(i + 1),
            }),
            h('span', {}, d),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'pair' },
      h('label', {}, 'Start', h('input', { id: 'work-start', type: 'time', value: a.workStart })),
      h('label', {}, 'End', h('input', { id: 'work-end', type: 'time', value: a.workEnd })),
    ),
    h('h3', {}, 'Off the grid every week'),
    blocks,
    h(
      'button',
      {
        type: 'button',
        class: 'big secondary',
        onclick: () =>
          draw([...read(), { id: newBlockId(), day: 1, start: '12:00', end: '13:00', label: '' }]),
      },
      'Add a time off the grid',
    ),
    h('button', { type: 'submit', class: 'big' }, 'Send my hours'),
  )
  draw(a.weeklyOffGrid)
  return form
}
