import { z } from 'zod'
import { AgreementTerms, ChannelId, Rating } from '../comms/agreement'
import { Id, ShortText } from '../library/fields'
import { MeetingBoard } from '../meeting/meeting'
import { BoardPatch } from './board-patch'
import { Board } from './workshop'

/**
 * What the projector shows besides the stored session: the facilitator's cues (white or black
 * screen, board page, spotlight, a wrap-up message) and the board as it is being typed, before
 * the debounced save lands. Held by the main process while it runs; nothing here is stored.
 */
export const ItemRef = z.object({ kind: z.enum(['activity', 'goal', 'idea']), id: Id })
export type ItemRef = z.infer<typeof ItemRef>

export const Stage = z.object({
  /** What a blanked screen shows: black (B, .) or white (W, ,), as in presentation software. */
  blankTone: z.enum(['black', 'white']),
  /** Board page counter; the projector shows it modulo its own page count. Reset per phase. */
  page: z.number().int(),
  spotlight: ItemRef.nullable(),
  /** A "wrap up" banner the facilitator sends to the room. */
  message: ShortText.nullable(),
  /** The heat map by person, or by department average. */
  heatMap: z.enum(['people', 'departments']),
})
export type Stage = z.infer<typeof Stage>

export const emptyStage = (): Stage => ({
  blankTone: 'black',
  page: 0,
  spotlight: null,
  message: null,
  heatMap: 'people',
})

export const Cue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), by: z.union([z.literal(-1), z.literal(1)]) }).strict(),
  z.object({ type: z.literal('spotlight'), item: ItemRef.nullable() }).strict(),
  z.object({ type: z.literal('message'), text: ShortText.nullable() }).strict(),
  z.object({ type: z.literal('heatMap'), mode: z.enum(['people', 'departments']) }).strict(),
])
export type Cue = z.infer<typeof Cue>

/** A cue's effect on the stage: the main process keeps the result, the console shows it at once. */
export const applyCue = (stage: Stage, cue: Cue): Stage => {
  switch (cue.type) {
    case 'page':
      return { ...stage, page: stage.page + cue.by }
    case 'spotlight':
      return { ...stage, spotlight: cue.item }
    case 'message':
      return { ...stage, message: cue.text?.trim() || null }
    case 'heatMap':
      return { ...stage, heatMap: cue.mode }
  }
}

/** Which console edit a board is, so a late message never replaces a newer one. */
export const LiveStamp = z.object({
  source: z.string().regex(/^[a-z0-9-]{4,64}$/),
  seq: z.number().int().nonnegative(),
})
export type LiveStamp = z.infer<typeof LiveStamp>

export const LiveContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('board'), board: Board }),
  z.object({ kind: z.literal('meeting'), meeting: MeetingBoard }),
  z.object({
    kind: z.literal('agreement'),
    agreementId: Id,
    ratings: z.record(Id, z.record(ChannelId, Rating)),
    terms: AgreementTerms,
  }),
])
export type LiveContent = z.infer<typeof LiveContent>

/**
 * What the console sends: its content, or for a goal board only what changed since the board it
 * sent last (`base` is that board's seq). The projector and the phones always get whole boards.
 */
export const LiveUpdate = z.union([
  LiveContent,
  z.object({
    kind: z.literal('boardPatch'),
    base: z.number().int().nonnegative(),
    patch: BoardPatch,
  }),
])
export type LiveUpdate = z.infer<typeof LiveUpdate>

export const LiveMessage = z.object({
  clientId: Id,
  workshopId: Id,
  stamp: LiveStamp,
  content: LiveContent,
})
export type LiveMessage = z.infer<typeof LiveMessage>

/** The session the console has open, which the projector follows; null workshop: idle. */
export const OnAir = z.object({
  clientId: Id,
  clientName: z.string(),
  workshopId: Id.nullable(),
  stage: Stage,
  live: LiveMessage.nullable(),
})
export type OnAir = z.infer<typeof OnAir>

export const ClockJumpSchema = z.object({
  kind: z.enum(['back', 'forward']),
  ms: z.number(),
  at: z.number(),
})
export const ClockReading = z.object({ now: z.number(), jumps: z.array(ClockJumpSchema) })
export type ClockReading = z.infer<typeof ClockReading>
