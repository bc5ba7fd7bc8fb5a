import type { ParticipantView } from '../../shared/participants/contract'
import { h, replace } from './dom'
import { KINDS, SCALE, STATUS_TEXT, TAGS } from './labels'

export interface Actions {
  claim(memberId: string): void
  guest(name: string): void
  propose(text: string, kind: string, tag: string): void
  vote(ballot: Record<string, number>): void
  answer(answers: Record<string, number>): void
  commit(text: string, note: string): void
  sheet(): void
}

export const choice = (
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  checked: string,
) =>
  h(
    'div',
    { class: 'choices', role: 'radiogroup', 'aria-label': label },
    options.map(([value, label]) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name, value, checked: value === checked }),
        h('span', {}, label),
      ),
    ),
  )

export const picked = (form: HTMLElement, name: string) =>
  form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? ''

export const nameScreen = (view: ParticipantView, act: Actions) => {
  const guestName = h('input', { id: 'guest-name', maxlength: 120, autocomplete: 'name' })
  return [
    h('h2', {}, 'Who are you?'),
    h(
      'ul',
      { class: 'names', 'aria-label': 'Team members' },
      view.roster.map((p) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'big',
              disabled: p.taken,
              onclick: () => act.claim(p.memberId),
            },
            p.taken ? `${p.name} (taken)` : p.name,
          ),
        ),
      ),
    ),
    h(
      'form',
      {
        class: 'card',
        onsubmit: (e: Event) => {
          e.preventDefault()
          act.guest((guestName as HTMLInputElement).value)
        },
      },
      h('label', { for: 'guest-name' }, 'Not on the list? Your name'),
      guestName,
      h('button', { type: 'submit', class: 'big secondary' }, 'Ask to join as a guest'),
    ),
  ]
}

export const proposeForm = (act: Actions) => {
  const text = h('textarea', { id: 'proposal-text', rows: 3, maxlength: 5000, required: true })
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      onsubmit: (e: Event) => {
        e.preventDefault()
        act.propose((text as HTMLTextAreaElement).value, picked(form, 'kind'), picked(form, 'tag'))
      },
    },
    h('h2', {}, 'Propose an activity'),
    h('label', { for: 'proposal-text' }, 'Activity'),
    text,
    choice('kind', 'Kind', KINDS, 'continue'),
    choice('tag', 'Team', TAGS, 'joint'),
    h('button', { type: 'submit', class: 'big' }, 'Send proposal'),
  )
  return form
}

export const myProposals = (view: ParticipantView) =>
  view.proposals.length === 0
    ? null
    : h(
        'section',
        { class: 'card', 'aria-label': 'Your proposals' },
        h('h2', {}, 'Your proposals'),
        h(
          'ul',
          { class: 'plain' },
          view.proposals.map((p) =>
            h(
              'li',
              { class: `proposal ${p.status}` },
              h('span', {}, p.text),
              h('small', {}, STATUS_TEXT[p.status]),
            ),
          ),
        ),
      )

/**
 * The cards on the board, kept in step with each update instead of rebuilt: with forty phones the
 * board changes several times a second, and a phone rebuilding hundreds of rows each time spends
 * its battery (and an old phone its frames) on rows that did not change. Only new or edited cards
 * get a new row; the others stay where they are.
 */
export const boardList = () => {
  const title = h('h2', {}, '')
  const empty = h('p', {}, 'Nothing yet.')
  const list = h('ul', { class: 'plain' })
  const section = h('section', { class: 'card', 'aria-label': 'On the board' })
  let rows = new Map<string, { text: string; row: HTMLElement }>()
  const update = (board: ParticipantView['board']) => {
    title.textContent = `On the board (${board.length})`
    const next = new Map<string, { text: string; row: HTMLElement }>()
    for (const card of board) {
      const held = rows.get(card.id)
      next.set(
        card.id,
        held?.text === card.text ? held : { text: card.text, row: h('li', {}, card.text) },
      )
    }
    rows = next
    replace(
      list,
      [...next.values()].map((r) => r.row),
    )
    replace(section, title, board.length === 0 ? empty : list)
  }
  return { element: section, update }
}

export const votingSection = (view: ParticipantView, act: Actions) => {
  const v = view.voting
  if (!v) return null
  const used = Object.values(v.ballot).reduce((s, n) => s + n, 0)
  const left = v.dots - used
  const set = (id: string, n: number) => act.vote({ ...v.ballot, [id]: Math.max(0, n) })
  if (v.results)
    return h(
      'section',
      { class: 'card', 'aria-label': 'Vote results' },
      h('h2', {}, 'Vote results'),
      h(
        'ol',
        { class: 'plain' },
        v.results.map((r) => h('li', {}, h('span', {}, r.text), h('strong', {}, ` ${r.count}`))),
      ),
    )
  return h(
    'section',
    { class: 'card', 'aria-label': 'Dot vote' },
    h('h2', {}, v.status === 'open' ? `Vote: ${left} of ${v.dots} dots left` : 'Voting is closed'),
    h(
      'ul',
      { class: 'plain' },
      v.options.map((o) => {
        const mine = v.ballot[o.activityId] ?? 0
        const open = v.status === 'open'
        return h(
          'li',
          { class: 'vote-row' },
          h('span', {}, o.text),
          h(
            'span',
            { class: 'stepper' },
            h(
              'button',
              {
                type: 'button',
                'aria-label': `Take a dot from ${o.text}`,
                disabled: !open || mine === 0,
                onclick: () => set(o.activityId, mine - 1),
              },
              '−',
            ),
            h('output', { 'aria-label': `Your dots on ${o.text}` }, String(mine)),
            h(
              'button',
              {
                type: 'button',
                'aria-label': `Give a dot to ${o.text}`,
                disabled: !open || left === 0,
                onclick: () => set(o.activityId, mine + 1),
              },
              '+',
            ),
          ),
        )
      }),
    ),
  )
}

export const alignmentSection = (view: ParticipantView, act: Actions) => {
  const a = view.alignment
  if (!a) return null
  if (a.status === 'closed' || a.answers)
    return h(
      'section',
      { class: 'card', 'aria-label': 'Alignment check' },
      h('h2', {}, 'Alignment check'),
      h(
        'p',
        {},
        a.answers ? 'Thank you: your answers are in, without your name.' : 'The check is closed.',
      ),
      h('p', {}, `${a.answered} answered.`),
    )
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      'aria-label': 'Alignment check',
      onsubmit: (e: Event) => {
        e.preventDefault()
        const answers: Record<string, number> = {}
        for (const q of a.questions) {
          const value = picked(form, q.id)
          if (value) answers[q.id] = Number(value)
        }
        act.answer(answers)
      },
    },
    h('h2', {}, 'Alignment check'),
    h('p', {}, 'Anonymous: the room sees only the average, once three people have answered.'),
    a.questions.map((q) =>
      h(
        'fieldset',
        {},
        h('legend', {}, q.text),
        choice(
          q.id,
          q.text,
          SCALE.map((label, i) => [String(i + 1), label] as const),
          '',
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'big' }, 'Send my answers'),
  )
  return form
}

export const commitmentForm = (view: ParticipantView, act: Actions) => {
  if (view.me.guest) return null
  const c = view.commitment
  const text = h('textarea', { id: 'commitment-text', rows: 3, maxlength: 5000 })
  const note = h('input', { id: 'support-note', maxlength: 200 })
  ;(text as HTMLTextAreaElement).value = c.text
  ;(note as HTMLInputElement).value = c.note
  return h(
    'form',
    {
      class: 'card',
      onsubmit: (e: Event) => {
        e.preventDefault()
        act.commit((text as HTMLTextAreaElement).value, (note as HTMLInputElement).value)
      },
    },
    h('h2', {}, 'My commitment'),
    c.status === 'confirmed'
      ? h('p', { class: 'ok' }, 'Confirmed by the facilitator.')
      : c.status === 'pending'
        ? h('p', {}, 'Sent: waiting for the facilitator to confirm.')
        : null,
    h('label', { for: 'commitment-text' }, 'I commit to'),
    text,
    h('label', { for: 'support-note' }, 'My support note'),
    note,
    h(
      'button',
      { type: 'submit', class: 'big' },
      c.status === 'none' ? 'Send my commitment' : 'Send again',
    ),
  )
}

export const sheetButton = (view: ParticipantView, act: Actions) =>
  view.sheet
    ? h(
        'button',
        { type: 'button', class: 'big secondary', onclick: () => act.sheet() },
        'Download my goal sheet (PDF)',
      )
    : null
