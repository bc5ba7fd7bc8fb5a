import type { DocumentKind } from './document-path'

type Loose = Record<string, unknown>

const count = (v: unknown) =>
  Array.isArray(v) ? v.length : typeof v === 'object' && v ? Object.keys(v).length : 0
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const loose = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {})

const sessionContents = (d: Loose) => {
  const finished = loose(d['timer'])['status'] === 'finished' ? 'finished' : 'not finished'
  const meeting = loose(d['meeting'])
  if (d['meeting']) {
    const parts = [plural(count(meeting['ideas']), 'idea'), plural(count(meeting['plans']), 'plan')]
    return `${finished}; ${parts.join(', ')}`
  }
  const board = loose(d['board'])
  const parts = [
    plural(count(board['activities']), 'activity', 'activities'),
    plural(count(board['goals']), 'goal'),
  ]
  return `${finished}; ${parts.join(', ')}`
}

/** As long as a side's `contents` may be (see DocumentSide). */
const MAX_LENGTH = 200

/** "head: a, b, c", with as many whole items as fit and "…" for the rest. */
const listWithin = (head: string, items: readonly string[]) => {
  let text = head
  for (const [i, item] of items.entries()) {
    const next = `${text}${i === 0 ? ': ' : ', '}${item}`
    const room = i < items.length - 1 ? ', …'.length : 0
    if (next.length + room > MAX_LENGTH) return `${text}${i === 0 ? ': …' : ', …'}`
    text = next
  }
  return text
}

/** The plan template has no date of its own: its phases and their length tell two copies apart. */
const templateContents = (d: Loose) => {
  const phases = (Array.isArray(d['goalWorkshop']) ? d['goalWorkshop'] : []).map(loose)
  const minutes = phases.reduce(
    (sum, p) => sum + (Number.isFinite(p['minutes']) ? (p['minutes'] as number) : 0),
    0,
  )
  const names = phases.flatMap((p) => (typeof p['name'] === 'string' ? [p['name']] : []))
  const head = `${plural(phases.length, 'phase')}, ${Math.round(minutes * 10) / 10} min`
  return listWithin(head, names)
}

const agreementContents = (d: Loose) => {
  const versions = count(d['versions'])
  const published = versions === 0 ? 'not published' : `version ${versions} published`
  return `${plural(count(d['participants']), 'person', 'people')}, ${published}`
}

/**
 * A few words on what a copy holds, read loosely from any version of the file, so a person choosing
 * between two copies sees more than dates: "5 members", "finished; 6 activities, 2 goals",
 * "3 phases, 15 min: Purpose, Activities, Goals".
 */
export const describeContents = (kind: DocumentKind | null, doc: unknown): string | undefined => {
  const d = loose(doc)
  switch (kind) {
    case 'client':
      return plural(count(d['members']), 'member')
    case 'workshop':
      return sessionContents(d)
    case 'agreement':
      return agreementContents(d)
    case 'tracker':
      return `${plural(count(d['updates']), 'status update')}, ${plural(count(d['reviews']), 'goal review')}`
    case 'templates':
      return templateContents(d)
    default:
      return undefined
  }
}
