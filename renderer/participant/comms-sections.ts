import type { CommsPart, PhoneAvailability } from '../../shared/participants/session-parts'
import { h } from './dom'
import { RATINGS } from './labels'
import { choice, picked } from './sections'

/** What a phone in a communication session can send; each is the person's own. */
export interface CommsActions {
  rate(ratings: Record<string, { score: number | null; note: string }>): void
  hours(availability: PhoneAvailability): void
  acknowledge(version: number): void
}

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
