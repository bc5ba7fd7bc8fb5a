import type { ParticipantCall, ParticipantView } from '../../shared/participants/contract'
import type { Reply } from './connection'
import { callRoom, downloadSheet, joinRoom, openStream, savedToken, saveToken } from './connection'
import { detach } from '../lib/detach'
import type { CommsActions } from './comms-sections'
import { agreementCard, commsSentLine, ratingsForm } from './comms-sections'
import { hoursForm } from './hours-form'
import { byId, h, replace } from './dom'
import type { MeetingActions } from './meeting-sections'
import { meetingSection } from './meeting-sections'
import type { Actions } from './sections'
import {
  alignmentSection,
  boardList,
  commitmentForm,
  myProposals,
  nameScreen,
  proposeForm,
  sheetButton,
  votingSection,
} from './sections'

const app = byId('app')
let toastTimer: ReturnType<typeof setTimeout> | null = null
const say = (text: string, tone: 'info' | 'error' = 'info') => {
  const toast = byId('toast')
  toast.className = tone
  toast.textContent = text
  if (toastTimer) clearTimeout(toastTimer)
  toastTimer = setTimeout(() => (toast.textContent = ''), 5_000)
}
let token = savedToken()
let stopStream: (() => void) | null = null
const regions = new Map<string, { key: string; el: HTMLElement }>()

/** Rebuilds a part of the page only when what it shows changed, so typing is never wiped. */
const region = (
  id: string,
  key: string,
  build: () => HTMLElement | (HTMLElement | null)[] | null,
) => {
  const held = regions.get(id)
  if (held?.key === key) return held.el
  const el = h('div', { id })
  const built = build()
  replace(el, ...(Array.isArray(built) ? built : [built]))
  regions.set(id, { key, el })
  return el
}

const call = async (name: ParticipantCall, input: unknown, done?: string) => {
  if (!token) return false
  const r: Reply<ParticipantView> = await callRoom(token, name, input)
  if (!r.ok) {
    if (r.error.code === 'GONE') ended('This session is over for this phone.')
    else say(r.error.message, 'error')
    return false
  }
  show(r.value)
  if (done) say(done)
  return true
}

const actions: Actions = {
  claim: (memberId) => detach(call('name:claim', { memberId }, 'Welcome!')),
  guest: (name) => detach(call('name:guest', { name }, 'Asked the facilitator to let you in.')),
  propose: (text, kind, tag) =>
    detach(
      call('proposal:add', { text, kind, tag }, 'Sent to the facilitator.').then((sent) => {
        if (sent) byId<HTMLTextAreaElement>('proposal-text').value = ''
      }),
    ),
  vote: (ballot) => detach(call('vote:cast', { ballot })),
  answer: (answers) => detach(call('alignment:answer', { answers }, 'Answers sent.')),
  commit: (text, note) => detach(call('commitment:set', { text, note }, 'Commitment sent.')),
  sheet: () =>
    detach(
      (async () => {
        if (!token) return
        say('Preparing your goal sheet…')
        const r = await downloadSheet(token)
        if (!r.ok) return say(r.error.message, 'error')
        const url = URL.createObjectURL(r.value.blob)
        const link = h('a', { href: url, download: r.value.name })
        document.body.append(link)
        link.click()
        link.remove()
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
        say('Your goal sheet is downloaded.')
      })(),
    ),
}

const comms: CommsActions = {
  rate: (ratings) => detach(call('comms:ratings', { ratings }, 'Ratings sent.')),
  hours: (availability) => detach(call('comms:availability', { availability }, 'Hours sent.')),
  acknowledge: (version) =>
    detach(call('comms:acknowledge', { version }, 'Thank you: your agreement is recorded.')),
}
const meeting: MeetingActions = {
  report: (itemKey, status, note) =>
    status
      ? detach(call('meeting:status', { itemKey, status, note }, 'Status saved.'))
      : say('Pick a status first.', 'error'),
}

/** A communication session: the person's own ratings and hours, then the agreement to accept. */
const showComms = (view: ParticipantView) => {
  const c = view.comms
  if (!c || view.me.guest)
    return replace(
      app,
      h('p', { class: 'card' }, 'The team’s members answer here; guests follow the screen.'),
    )
  replace(
    app,
    region('sent', c.sent, () => commsSentLine(c)),
    region('ratings', JSON.stringify([c.channels, c.ratings]), () => ratingsForm(c, comms)),
    region('hours', JSON.stringify(c.availability), () => hoursForm(c, comms)),
    region('agreement', JSON.stringify(c.agreement), () => agreementCard(c, comms)),
  )
}

const showMeeting = (view: ParticipantView) => {
  const m = view.meeting
  if (!m || view.me.guest)
    return replace(
      app,
      h('p', { class: 'card' }, 'The team’s members answer here; guests follow the screen.'),
    )
  replace(
    app,
    region('meeting', JSON.stringify(m.items), () => meetingSection(m, meeting)),
  )
}

const header = (view: ParticipantView) => {
  byId('title').textContent = view.session.title
  byId('phase').textContent = view.me.name
    ? `${view.me.name} · ${view.session.phase}`
    : view.session.phase
}

let proposeHolder: HTMLElement | null = null
let board: ReturnType<typeof boardList> | null = null
const show = (view: ParticipantView) => {
  header(view)
  const me = view.me
  if (me.status === 'choose-name')
    return replace(
      app,
      region('names', JSON.stringify(view.roster), () => nameScreen(view, actions)),
    )
  if (me.status !== 'ready')
    return replace(
      app,
      h(
        'p',
        { class: 'card notice' },
        me.status === 'declined'
          ? 'The facilitator did not let this phone in. Ask them if that was a mistake.'
          : `Thank you, ${me.name ?? 'guest'}: the facilitator will let you in in a moment.`,
      ),
    )
  if (view.session.kind === 'comms') return showComms(view)
  if (view.session.kind === 'actions') return showMeeting(view)
  proposeHolder ??= proposeForm(actions)
  board ??= boardList()
  board.update(view.board)
  const a = view.alignment
  replace(
    app,
    region('voting', JSON.stringify(view.voting), () => votingSection(view, actions)),
    region('alignment', a ? `${a.status}|${a.answers ? `done ${a.answered}` : 'todo'}` : '', () =>
      alignmentSection(view, actions),
    ),
    proposeHolder,
    region('mine', JSON.stringify(view.proposals), () => myProposals(view)),
    board.element,
    region('commitment', JSON.stringify(view.commitment), () => commitmentForm(view, actions)),
    region('sheet', String(view.sheet), () => sheetButton(view, actions)),
  )
}

const ended = (reason: string) => {
  stopStream?.()
  saveToken(null)
  token = null
  byId('connection').textContent = ''
  replace(
    app,
    h(
      'section',
      { class: 'card notice' },
      h('h2', {}, 'The session has ended'),
      h('p', {}, reason),
      h('p', {}, 'Thank you for taking part.'),
    ),
  )
}

const connect = (t: string) => {
  token = t
  saveToken(t)
  stopStream = openStream(t, {
    view: show,
    ended,
    connection: (state) =>
      (byId('connection').textContent =
        state === 'live' ? '' : 'The laptop cannot be reached right now; reconnecting…'),
  })
}

const joinForm = (message?: string) => {
  const code = h('input', {
    id: 'room-code',
    inputmode: 'text',
    autocapitalize: 'characters',
    autocomplete: 'off',
    maxlength: 6,
    required: true,
  })
  replace(
    app,
    h(
      'form',
      {
        class: 'card',
        onsubmit: (e: Event) => {
          e.preventDefault()
          detach(join({ code: (code as HTMLInputElement).value }))
        },
      },
      h('h2', {}, 'Join the session'),
      message ? h('p', { class: 'error' }, message) : null,
      h('label', { for: 'room-code' }, 'Room code (on the projector)'),
      code,
      h('button', { type: 'submit', class: 'big' }, 'Join'),
    ),
  )
}

const join = async (request: { secret: string } | { code: string }) => {
  const r = await joinRoom(request)
  if (!r.ok) return joinForm(r.error.message)
  connect(r.value.token)
}

const secret = new URLSearchParams(location.hash.slice(1)).get('k')
// The secret leaves the address bar at once: it is not for screenshots or the history.
if (secret) history.replaceState(null, '', location.pathname)
if (secret) detach(join({ secret }))
else if (token) connect(token)
else joinForm()
