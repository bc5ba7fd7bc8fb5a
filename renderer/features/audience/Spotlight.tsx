import type { CSSProperties } from 'react'
import { useLayoutEffect, useRef, useState } from 'react'
import { goalActivities, participantName } from '../../../shared/workshop/board-rules'
import type { ItemRef } from '../../../shared/workshop/stage'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { KIND_LABELS, TAG_LABELS } from '../goal-workshop/labels'
import { useFontsSettled } from './paging'

interface Content {
  kind: string
  text: string
  detail: string | null
  /** A goal's activities, one per line. */
  list: string[]
}

/** The item being discussed, enlarged over the board; the board stays where it was beneath. */
export const Spotlight = ({ workshop, item }: { workshop: WorkshopFile; item: ItemRef }) => {
  const fonts = useFontsSettled()
  const content = spotlightContent(workshop, item)
  if (!content) return null
  // Fitted afresh whenever what it shows, or the fonts it is measured in, change.
  return <FittedSpotlight key={`${fonts}:${JSON.stringify(content)}`} content={content} />
}

/** Type sizes from largest to smallest; the smallest keeps every line above 3.5 % of the height. */
const SCALES = [1, 0.85, 0.7, 0.6, 0.52]
const MIN_CHARS = 40

interface Fit {
  scale: number
  /** How many of the goal's activities are listed; the rest are counted. */
  listed: number
  /** Characters of the text shown, when even the smallest type cannot hold it all. */
  chars: number | null
}

/**
 * Large type for what fits, and never a silent cut: the type shrinks first (never under 3.5 % of the
 * height), then a goal's last activities become "+2 more on the board", and only a text too long
 * for the screen even then is shortened, with a note saying so. Measured before each paint.
 */
const FittedSpotlight = ({ content }: { content: Content }) => {
  const ref = useRef<HTMLDivElement>(null)
  const [fit, setFit] = useState<Fit>({ scale: 0, listed: content.list.length, chars: null })
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || el.scrollHeight <= el.clientHeight + 1) return
    const ratio = el.clientHeight / el.scrollHeight
    setFit((f) => {
      if (f.scale < SCALES.length - 1) return { ...f, scale: f.scale + 1 }
      if (f.listed > 0) return { ...f, listed: f.listed - 1 }
      const chars = f.chars ?? [...content.text].length
      if (chars <= MIN_CHARS) return f
      return { ...f, chars: Math.max(MIN_CHARS, Math.floor(chars * Math.min(0.9, ratio))) }
    })
  }, [fit, content])
  const text =
    fit.chars === null ? content.text : `${[...content.text].slice(0, fit.chars).join('')}…`
  const hidden = content.list.length - fit.listed
  return (
    <div
      ref={ref}
      className="spotlight"
      role="region"
      aria-label="In the spotlight"
      style={{ '--spot': SCALES[fit.scale] } as CSSProperties}
    >
      <p className="spotlight-kind">{content.kind}</p>
      <p className="spotlight-text" data-item-text={content.text}>
        {text}
      </p>
      {fit.chars !== null && <p className="spotlight-detail muted">Shortened to fit the screen.</p>}
      {content.detail && <p className="spotlight-detail">{content.detail}</p>}
      {content.list.length > 0 && (
        <ul className="spotlight-list">
          {content.list.slice(0, fit.listed).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {hidden > 0 && <li className="muted">+{hidden} more on the board</li>}
        </ul>
      )}
    </div>
  )
}

const spotlightContent = (w: WorkshopFile, item: ItemRef): Content | null => {
  if (item.kind === 'activity') {
    const a = w.board.activities.find((x) => x.id === item.id)
    if (!a) return null
    const by = participantName(w.participants, a.proposedBy)
    return {
      kind: `${KIND_LABELS[a.kind]} · ${TAG_LABELS[a.tag]}`,
      text: a.text,
      detail: by ? `From ${by}` : null,
      list: [],
    }
  }
  if (item.kind === 'goal') {
    const g = w.board.goals.find((x) => x.id === item.id)
    if (!g) return null
    return {
      kind: 'Goal',
      text: g.title || 'Untitled goal',
      detail: g.criteria ? `Met when: ${g.criteria}` : null,
      list: goalActivities(g, w.board).map((a) => `${KIND_LABELS[a.kind]}: ${a.text}`),
    }
  }
  const idea = w.meeting?.ideas.find((x) => x.id === item.id)
  if (!idea) return null
  const by = participantName(w.participants, idea.by)
  return { kind: 'Idea', text: idea.text, detail: by ? `From ${by}` : null, list: [] }
}
