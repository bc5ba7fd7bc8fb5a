import type { MeetingPart } from '../../shared/participants/session-parts'
import { h } from './dom'
import { CURRENT_STATUS, ITEM_STATUSES } from './labels'
import { choice, picked } from './sections'

export interface MeetingActions {
  report(itemKey: string, status: string, note: string): void
}

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text)

/** One earlier commitment: where it was made, when it is due, and its status as the room agrees. */
const itemForm = (item: MeetingPart['items'][number], i: number, act: MeetingActions) => {
  const note = h('input', { id: `item-note-${i}`, maxlength: 200, autocomplete: 'off' })
  ;(note as HTMLInputElement).value = item.note
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      'aria-label': `Commitment: ${short(item.text)}`,
      onsubmit: (e: Event) => {
        e.preventDefault()
        act.report(item.key, picked(form, `status-${i}`), (note as HTMLInputElement).value)
      },
    },
    h('h3', {}, item.text),
    item.detail ? h('p', {}, item.detail) : null,
    h(
      'p',
      { class: 'meta' },
      `${item.session} · ${item.dueDate ? `due ${item.dueDate}` : 'no due date'} · now: ${CURRENT_STATUS[item.status]}`,
    ),
    choice(`status-${i}`, `Status of “${short(item.text)}”`, ITEM_STATUSES, item.status),
    h('label', { for: `item-note-${i}` }, 'What happened (optional)'),
    note,
    h('button', { type: 'submit', class: 'big' }, 'Save this status'),
  )
  return form
}

/** The person's own open commitments from earlier sessions, reported before the meeting moves on. */
export const meetingSection = (m: MeetingPart, act: MeetingActions) => [
  h('h2', { class: 'section-title' }, 'Your earlier commitments'),
  m.items.length === 0
    ? h('p', { class: 'card' }, 'Nothing open from earlier sessions under your name.')
    : null,
  ...m.items.map((item, i) => itemForm(item, i, act)),
]
