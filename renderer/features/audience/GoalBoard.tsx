import type { ReactNode } from 'react'
import { isValidElement, useMemo } from 'react'
import {
  contributorIds,
  goalActivities,
  participantName,
} from '../../../shared/workshop/board-rules'
import type { Board, Participant, WorkshopFile } from '../../../shared/workshop/workshop'
import { KIND_LABELS, KINDS, TAG_LABELS } from '../goal-workshop/labels'
import { Paged } from './BoardPages'

/** The goal workshop on the projector, by phase: activities, goals, owners, review. */
export const GoalBoard = ({ workshop }: { workshop: WorkshopFile }) => {
  const focus = Math.min(workshop.timer.index, 4)
  if (focus <= 1) return <ActivitiesBoard workshop={workshop} />
  if (focus === 2) return <GoalsBoard board={workshop.board} />
  if (focus === 3)
    return <OwnersBoard board={workshop.board} participants={workshop.participants} />
  return <ReviewBoard workshop={workshop} />
}

const ActivitiesBoard = ({ workshop: { board, participants } }: { workshop: WorkshopFile }) => (
  <div className="audience-activities">
    <RoundRobinLine board={board} participants={participants} />
    <div className="activity-columns">
      {KINDS.map((kind) => (
        <ActivityColumn key={kind} kind={kind} board={board} participants={participants} />
      ))}
    </div>
  </div>
)

/** Who is speaking, and who has not been heard yet: one line, paged if the names do not fit. */
const RoundRobinLine = ({ board, participants }: { board: Board; participants: Participant[] }) => {
  const done = contributorIds(board)
  const called = participants.find((p) => p.memberId === board.calledMemberId)
  const waiting = participants.filter((p) => !done.has(p.memberId) && p !== called)
  const heard = participants.filter((p) => done.has(p.memberId)).length
  const items = waiting.map((p) => (
    <li key={p.memberId} data-page-item className="rr rr-waiting">
      {p.name}
    </li>
  ))
  const content = waiting.map((p) => p.memberId).join()
  return (
    <section className="round-robin" aria-label="Round robin">
      {called && (
        <p className="rr rr-called" aria-current="true">
          Now: {called.name}
        </p>
      )}
      {waiting.length > 0 && <span className="rr-label">Not yet heard:</span>}
      <Paged
        id="round-robin"
        axis="x"
        items={items}
        content={content}
        className="rr-names"
        render={(visible) => <ol>{visible}</ol>}
      />
      <span className="rr-count">
        {heard === participants.length
          ? 'Everyone has contributed'
          : `${heard} of ${participants.length} heard`}
      </span>
    </section>
  )
}

const ActivityColumn = ({
  kind,
  board,
  participants,
}: {
  kind: (typeof KINDS)[number]
  board: Board
  participants: Participant[]
}) => {
  const list = useMemo(() => board.activities.filter((a) => a.kind === kind), [board, kind])
  const sizeKeys = list.map(
    (a) => `${a.id}|${a.tag}|${a.text}|${participantName(participants, a.proposedBy) ?? ''}`,
  )
  const items = list.map((a, i) => {
    const by = participantName(participants, a.proposedBy)
    return (
      <li key={a.id} data-page-item data-size-key={sizeKeys[i]} className={`activity tag-${a.tag}`}>
        <p className="activity-text" data-item-text={a.text}>
          {a.text}{' '}
          <span className="activity-meta">
            — <span className={`chip chip-${a.tag}`}>{TAG_LABELS[a.tag]}</span>
            {by && <> · {by}</>}
          </span>
        </p>
      </li>
    )
  })
  return (
    <section
      className={`column column-${kind}`}
      aria-label={`${KIND_LABELS[kind]} (${list.length})`}
    >
      <h3>
        {KIND_LABELS[kind]} <span className="count">{list.length}</span>
      </h3>
      <Paged
        id={`column-${kind}`}
        items={items}
        content={list}
        sizeKeys={sizeKeys}
        className="column-list"
        render={(visible, onThisPage) =>
          onThisPage || list.length === 0 ? (
            <ul>{visible}</ul>
          ) : (
            <p className="muted">All shown on earlier pages</p>
          )
        }
      />
    </section>
  )
}

/**
 * Goals as one list of page items, each goal's heading then its activities two by two, so a goal
 * too long for the screen continues on the next page ("Goal 2, continued") instead of being cut.
 */
const GoalsBoard = ({ board }: { board: Board }) => {
  if (board.goals.length === 0) return <p className="muted">No goals yet</p>
  const items = board.goals.flatMap((g, i) => {
    const acts = goalActivities(g, board)
    return [
      <li key={`goal:${i}:${g.id}`} data-page-item className="audience-goal">
        <h2 data-item-text={g.title}>
          {i + 1}. {g.title || 'Untitled goal'}{' '}
          {g.confirmed && <span aria-label="confirmed">✓</span>}
        </h2>
        <p className="criteria">
          {g.criteria && <>Met when: {g.criteria} </>}
          {(g.begins || g.ends) && (
            <span className="goal-dates">
              ({g.begins ?? '?'} → {g.ends ?? '?'})
            </span>
          )}
        </p>
      </li>,
      ...acts.map((a) => (
        <li key={`act:${i}:${a.id}`} data-page-item className="goal-act">
          {KIND_LABELS[a.kind]}: {a.text}
        </li>
      )),
      ...(acts.length === 0
        ? [
            <li key={`none:${i}`} data-page-item className="goal-act muted">
              No activities chosen yet
            </li>,
          ]
        : []),
    ]
  })
  const heads = new Set(items.flatMap((item, i) => (continuedGoal(item) === null ? [i] : [])))
  return (
    <Paged
      id="goals"
      items={items}
      content={board}
      counted={(i) => heads.has(i)}
      className="audience-goals-box"
      render={(visible) => {
        const continued = continuedGoal(visible[0])
        return (
          <>
            {/* Always there, so the room it takes is measured on every page. */}
            <p className="goal-continued">
              {continued === null ? '\u00a0' : `Goal ${continued + 1}, continued`}
            </p>
            <ul className="audience-goals">{visible}</ul>
          </>
        )
      }}
    />
  )
}

/** The goal a page starts inside of, when it does not start with a goal's heading. */
const continuedGoal = (first: ReactNode): number | null => {
  if (!isValidElement(first) || typeof first.key !== 'string') return null
  const [kind, index] = first.key.split(':')
  return kind === 'goal' ? null : Number(index)
}

const OwnersBoard = ({ board, participants }: { board: Board; participants: Participant[] }) => {
  const committed = participants.filter((p) => board.commitments[p.memberId]?.committed)
  const items = [
    ...board.activities.map((a) => (
      <li key={a.id} data-page-item className="owner-row">
        <span className="what">{a.text}</span>
        <span className="who">{participantName(participants, a.ownerId) ?? 'Owner?'}</span>
        <span className="when">{a.dueDate ?? 'Due?'}</span>
      </li>
    )),
    <li key="committed" data-page-item className="commit-line">
      Committed: {committed.map((p) => p.name).join(', ') || 'nobody yet'}
    </li>,
  ]
  return (
    <Paged
      id="owners"
      items={items}
      content={board}
      className="audience-owners-box"
      render={(visible) => <ul className="audience-owners">{visible}</ul>}
    />
  )
}

const ReviewBoard = ({
  workshop: { board, participants, manager },
}: {
  workshop: WorkshopFile
}) => {
  const supporters = [...participants, ...(manager ? [manager] : [])].filter(
    (p) => board.support[p.memberId]?.supported,
  )
  const items = [
    <p key="dates" data-page-item>
      Review dates: {board.reviewDates.filter(Boolean).join(' · ') || 'not set yet'}
    </p>,
    <p key="support" data-page-item>
      Supported by: {supporters.map((p) => p.name).join(', ') || 'nobody yet'}
    </p>,
  ]
  return (
    <Paged
      id="review"
      items={items}
      content={board}
      className="audience-review"
      render={(visible) => <>{visible}</>}
    />
  )
}
