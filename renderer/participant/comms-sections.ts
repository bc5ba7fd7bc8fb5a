import type { CommsPart, PhoneAvailability } from '../../shared/participants/session-parts'
import { h, replace } from './dom'
import { DAYS, RATINGS } from './labels'
import { choice, picked } from './sections'

/** What a phone in a communication session can send; each is the person's own. */
export interface CommsActions {
  rate(ratings: Record<string, { score: number | null; note: string }>): void
  hours(availability: PhoneAvailability): void
  acknowledge(version: number): void
}

const newBlockId = () => `block-${Math.random().toString(36).slice(2, 12).padEnd(8, '0')}`

export const commsSentLine = (c: CommsPart) =>
  c.sent === 'none'
    ? null
    : h(
        'p',
        { class: c.sent === 'taken' ? 'ok card' : 'card' },
        c.sent === 'taken'
          ? 'Your answers are in the agreement. Send again to change them.'
          : 'Sent: the facilitator’s laptop is taking them in…',
      )

/** The worksheet's row for this person: every channel in use, 1 to 5, with a note on why. */
export const ratingsForm = (c: CommsPart, act: CommsActions) => {
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      'aria-label': 'Rate the channels',
      onsubmit: (e: Event) => {
        e.preventDefault()
        const ratings: Record<string, { score: number | null; note: string }> = {}
        for (const ch of c.channels) {
          const score = picked(form, `rate-${ch.id}`)
          const note = form.querySelector<HTMLInputElement>(`#note-${ch.id}`)?.value ?? ''
          ratings[ch.id] = { score: score ? Number(score) : null, note }
        }
        act.rate(ratings)
      },
    },
    h('h2', {}, 'How do you like to be reached?'),
    h('p', {}, 'For each channel: 1 = never if I can help it, 5 = always.'),
    c.channels.map((ch) => {
      const mine = c.ratings[ch.id]
      const note = h('input', { id: `note-${ch.id}`, maxlength: 200, autocomplete: 'off' })
      ;(note as HTMLInputElement).value = mine?.note ?? ''
      return h(
        'fieldset',
        { class: 'channel rating' },
        h('legend', {}, ch.name),
        choice(`rate-${ch.id}`, `${ch.name}: how often`, RATINGS, String(mine?.score ?? '')),
        h('label', { for: `note-${ch.id}`, class: 'small' }, `Why, for ${ch.name} (optional)`),
        note,
      )
    }),
    h('button', { type: 'submit', class: 'big' }, 'Send my ratings'),
  )
  return form
}

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

/** The published agreement in short, and the person's acknowledgement of it. */
export const agreementCard = (c: CommsPart, act: CommsActions) => {
  const v = c.agreement
  if (!v)
    return h(
      'section',
      { class: 'card', 'aria-label': 'The agreement' },
      h('h2', {}, 'The agreement'),
      h('p', {}, 'Not published yet: you can acknowledge it here once the facilitator does.'),
    )
  return h(
    'section',
    { class: 'card', 'aria-label': 'The agreement' },
    h('h2', {}, `The agreement, version ${v.version}`),
    h(
      'ul',
      { class: 'plain' },
      v.levels.map((l) => h('li', {}, h('strong', {}, l.name), h('small', {}, l.rule))),
    ),
    v.acknowledgedAt
      ? h('p', { class: 'ok' }, `You acknowledged it on ${v.acknowledgedAt.slice(0, 10)}.`)
      : h(
          'button',
          { type: 'button', class: 'big', onclick: () => act.acknowledge(v.version) },
          `I agree to version ${v.version}`,
        ),
  )
}
