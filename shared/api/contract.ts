import { z } from 'zod'
import { ClientFields, ClientFile, ClientSummary, Member, MemberFields } from '../library/client'
import { Id, IsoDate } from '../library/fields'
import { AppInfo, BackupInfo, LibraryHealth } from '../library/library'
import { PageSize, Settings, SettingsPatch } from '../library/settings'
import { Formats } from '../format/format-schemas'
import { Plan } from '../workshop/plan'
import { deviceCalls } from '../participants/facilitator'
import { MeetingBoard } from '../meeting/meeting'
import {
  Adjustment,
  AlignmentCheck,
  GoalReview,
  ItemKey,
  ItemStatus,
  Pairing,
  RecordedAt,
  StatusUpdate,
  TrackerFile,
} from '../followup/tracker'
import { ClockTime } from '../comms/agreement'
import { Board, SessionScope, WorkshopFile, WorkshopSummary } from '../workshop/workshop'
import { ClockReading, Cue, LiveStamp, LiveUpdate, OnAir, Stage } from '../workshop/stage'
import {
  ExportRequest,
  ExportResult,
  ImportPreview,
  ImportRequest,
  ImportResult,
  ImportText,
  RestorePreview,
} from '../portability/portability-api'
import {
  AgreementFile,
  AgreementSummary,
  AgreementTerms,
  ChannelId,
  Rating,
} from '../comms/agreement'

const none = z.object({}).strict()
const clientRef = z.object({ clientId: Id }).strict()

/** A client as the client page sees it; `readOnly` when its file comes from a newer app version. */
export const ClientView = z.object({ client: ClientFile, readOnly: z.boolean() })
export type ClientView = z.infer<typeof ClientView>

export const WorkshopView = z.object({ workshop: WorkshopFile, readOnly: z.boolean() })
export type WorkshopView = z.infer<typeof WorkshopView>

const workshopRef = z.object({ clientId: Id, workshopId: Id }).strict()

export const FollowUpView = z.object({
  tracker: TrackerFile,
  readOnly: z.boolean(),
  /** Goal workshops and action-plan meetings, oldest first. */
  sessions: z.array(WorkshopFile),
})
export type FollowUpView = z.infer<typeof FollowUpView>
/** A file written through the save dialog (desktop) or into the exports folder (browser). */
const SavedFile = z.object({ path: z.string().nullable() })
export const AgreementView = z.object({ agreement: AgreementFile, readOnly: z.boolean() })
export type AgreementView = z.infer<typeof AgreementView>
const agreementRef = z.object({ clientId: Id, agreementId: Id }).strict()
const saved = z.object({ revision: z.number().int(), updatedAt: z.string() })

/** 'blank': a sheet per person to fill in by hand, printed before the session starts. */
export const PrintKind = z.enum(['summary', 'member', 'all', 'blank'])
export type PrintKind = z.infer<typeof PrintKind>
const printJob = {
  clientId: Id,
  workshopId: Id,
  kind: PrintKind,
  /** The member whose sheet to print when `kind` is "member". */
  memberId: Id.nullable(),
}
const PrintWarning = z.object({
  kind: z.enum(['missing-glyphs', 'emoji-replaced']),
  message: z.string(),
  sample: z.string(),
})

export const SessionAction = z.enum([
  'start',
  'pause',
  'resume',
  'toggle',
  'next',
  'previous',
  'finish',
  'addMinute',
  'removeMinute',
  'blank',
  'unblank',
  'toggleBlank',
  'toggleWhite',
  'setNoLaterThan',
])
export type SessionAction = z.infer<typeof SessionAction>

/**
 * Every call between the renderer and the main process, named once. Both transports (Electron IPC
 * and the loopback HTTP host) carry exactly these, validated by these schemas on the way in and out.
 */
export const contract = {
  'app:info': { input: none, output: AppInfo },

  'clients:list': { input: none, output: z.array(ClientSummary) },
  'clients:get': { input: clientRef, output: ClientView },
  'clients:create': { input: ClientFields.strict(), output: ClientFile },
  'clients:update': {
    input: z.object({ clientId: Id, fields: ClientFields.strict() }).strict(),
    output: ClientFile,
  },
  'clients:setArchived': {
    input: z.object({ clientId: Id, archived: z.boolean() }).strict(),
    output: ClientFile,
  },
  'clients:delete': { input: clientRef, output: z.object({ clientId: Id, name: z.string() }) },
  'clients:undelete': { input: clientRef, output: ClientFile },

  'members:add': {
    input: z.object({ clientId: Id, member: MemberFields.strict() }).strict(),
    output: Member,
  },
  'members:update': {
    input: z.object({ clientId: Id, memberId: Id, member: MemberFields.strict() }).strict(),
    output: Member,
  },
  'members:remove': {
    input: z.object({ clientId: Id, memberId: Id }).strict(),
    output: z.object({ member: Member, index: z.number().int().nonnegative() }),
  },
  'members:restore': {
    input: z
      .object({ clientId: Id, member: Member.strict(), index: z.number().int().nonnegative() })
      .strict(),
    output: Member,
  },

  'settings:get': { input: none, output: Settings },
  'settings:update': { input: SettingsPatch, output: Settings },
  /** The formats in force: the person's settings settled against the computer's locale. */
  'settings:formats': { input: none, output: Formats },

  'library:health': { input: none, output: LibraryHealth },
  'library:pickFolder': { input: none, output: z.object({ path: z.string().nullable() }) },
  'library:useFolder': {
    input: z
      .object({ path: z.string().trim().min(1).max(4096), copyCurrent: z.boolean() })
      .strict(),
    output: LibraryHealth,
  },
  'backups:list': { input: none, output: z.array(BackupInfo) },
  'backups:create': { input: none, output: BackupInfo.nullable() },
  'backups:restore': {
    input: z.object({ backupId: BackupInfo.shape.id }).strict(),
    output: LibraryHealth,
  },

  'workshops:list': { input: clientRef, output: z.array(WorkshopSummary) },
  'workshops:get': { input: workshopRef, output: WorkshopView },
  'workshops:create': {
    input: z
      .object({
        clientId: Id,
        /** Builder sessions start from their agreement, never here. */
        kind: z.enum(['goals', 'actions']).default('goals'),
        title: WorkshopFile.shape.title,
        scope: SessionScope,
        participantIds: z.array(Id).min(1, 'Pick at least one member for the session').max(500),
        managerId: Id.nullable(),
        plan: Plan,
      })
      .strict(),
    output: WorkshopFile,
  },
  'workshops:saveBoard': {
    input: z
      .object({ clientId: Id, workshopId: Id, board: Board, stamp: LiveStamp.optional() })
      .strict(),
    output: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  'workshops:setPlan': {
    input: z.object({ clientId: Id, workshopId: Id, plan: Plan }).strict(),
    output: WorkshopFile,
  },
  'session:control': {
    input: z
      .object({
        clientId: Id,
        workshopId: Id,
        action: SessionAction,
        noLaterThan: z.number().int().positive().nullable().optional(),
      })
      .strict(),
    output: WorkshopFile,
  },
  /** Opens the projector's window; `fullScreen` sends it full screen to the second display. */
  'session:openAudience': {
    input: z.object({ clientId: Id, workshopId: Id, fullScreen: z.boolean().optional() }).strict(),
    output: z.object({ opened: z.boolean(), fullScreen: z.boolean() }),
  },
  /** The main process's session time, which wall-clock jumps do not bend, and the jumps it saw. */
  'session:clock': {
    input: z.object({ clientId: Id, workshopId: Id }).partial().strict(),
    output: ClockReading,
  },
  /**
   * The console's board as typed, straight to the projector; saving stays on its own schedule.
   * A change to a board the main side no longer holds is answered `needsBoard`: send it whole.
   */
  'session:live': {
    input: z
      .object({ clientId: Id, workshopId: Id, stamp: LiveStamp, content: LiveUpdate })
      .strict(),
    output: z.object({ needsBoard: z.literal(true).optional() }),
  },
  /** A cue for the projector: board page, spotlight, wrap-up message. */
  'session:cue': {
    input: z.object({ clientId: Id, workshopId: Id, cue: Cue }).strict(),
    output: Stage,
  },
  /** The console opened a session (or a client's page): the projector follows it. */
  'session:follow': {
    input: z.object({ clientId: Id, workshopId: Id.nullable() }).strict(),
    output: OnAir.nullable(),
  },
  /** What the projector should show now; null before the console has opened anything. */
  'session:onAir': { input: none, output: OnAir.nullable() },
  /** The next fifteen minutes for the other department, from this session's plan, in one step. */
  'workshops:runForOtherTeam': { input: workshopRef, output: WorkshopFile },
  'pdf:check': {
    input: z.object(printJob).strict(),
    output: z.object({ warnings: z.array(PrintWarning), sheetCount: z.number().int() }),
  },
  'pdf:export': {
    input: z.object({ ...printJob, pageSize: PageSize, open: z.boolean() }).strict(),
    output: z.object({
      /** Null when the person cancelled the save dialog. */
      path: z.string().nullable(),
      pageCount: z.number().int(),
      warnings: z.array(PrintWarning),
    }),
  },
  'agreements:list': { input: clientRef, output: z.array(AgreementSummary) },
  'agreements:get': { input: agreementRef, output: AgreementView },
  'agreements:create': {
    input: z
      .object({
        clientId: Id,
        title: AgreementFile.shape.title,
        participantIds: z.array(Id).min(1, 'Pick at least one member of the team').max(500),
        /** The zone new people start in, from the facilitator's computer; each person can change it. */
        timeZone: z.string().min(1).max(64),
      })
      .strict(),
    output: AgreementFile,
  },
  'agreements:save': {
    input: z
      .object({
        clientId: Id,
        agreementId: Id,
        ratings: z.record(Id, z.record(ChannelId, Rating)),
        terms: AgreementTerms,
        stamp: LiveStamp.optional(),
      })
      .strict(),
    output: saved,
  },
  /** Freezes the current terms as the next version, which people then acknowledge. */
  'agreements:publish': {
    input: z
      .object({ clientId: Id, agreementId: Id, note: AgreementFile.shape.title.or(z.literal('')) })
      .strict(),
    output: AgreementFile,
  },
  'agreements:acknowledge': {
    input: z
      .object({
        clientId: Id,
        agreementId: Id,
        version: z.number().int().min(1),
        memberId: Id,
        acknowledged: z.boolean(),
      })
      .strict(),
    output: AgreementFile,
  },
  /** A timed builder session on the projector for this agreement, on the workshop clock. */
  'agreements:startSession': {
    input: z.object({ clientId: Id, agreementId: Id, plan: Plan }).strict(),
    output: WorkshopFile,
  },
  'pdf:agreement': {
    input: z
      .object({
        clientId: Id,
        agreementId: Id,
        /** A published version, or null for the current draft. */
        version: z.number().int().min(1).nullable(),
        pageSize: PageSize,
        open: z.boolean(),
      })
      .strict(),
    output: z.object({
      path: z.string().nullable(),
      pageCount: z.number().int(),
      warnings: z.array(PrintWarning),
    }),
  },
  /** The action-plan meeting's board, saved as typed like the goal board. */
  'workshops:saveMeeting': {
    input: z
      .object({
        clientId: Id,
        workshopId: Id,
        meeting: MeetingBoard,
        stamp: LiveStamp.optional(),
      })
      .strict(),
    output: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  /** The client's follow-up, with the goal workshops and action-plan meetings it follows. */
  'followup:get': { input: clientRef, output: FollowUpView },
  'followup:setStatus': {
    input: z
      .object({
        clientId: Id,
        itemKey: ItemKey,
        status: ItemStatus,
        note: StatusUpdate.shape.note,
        recordedAt: RecordedAt,
      })
      .strict(),
    output: TrackerFile,
  },
  /** Opens (or reopens) the review of a goal workshop for a date; support starts as last recorded. */
  'followup:startReview': {
    input: z.object({ clientId: Id, workshopId: Id, date: IsoDate }).strict(),
    output: z.object({ tracker: TrackerFile, reviewId: Id }),
  },
  'followup:saveReview': {
    input: z
      .object({
        clientId: Id,
        reviewId: Id,
        support: GoalReview.shape.support,
        note: GoalReview.shape.note,
      })
      .strict(),
    output: TrackerFile,
  },
  /** A change to a goal or activity, recorded with its reason; the value before is taken from the file. */
  'followup:adjust': {
    input: Adjustment.pick({
      workshopId: true,
      reviewId: true,
      field: true,
      targetId: true,
      after: true,
      reason: true,
      agreedBy: true,
    })
      .extend({ clientId: Id })
      .strict(),
    output: TrackerFile,
  },
  /** One check per session or review: saving again replaces that context's answers. */
  'followup:saveAlignment': {
    input: z
      .object({
        clientId: Id,
        context: AlignmentCheck.shape.context,
        answers: AlignmentCheck.shape.answers,
      })
      .strict(),
    output: TrackerFile,
  },
  'followup:savePairing': {
    input: z.object({ clientId: Id, pairing: Pairing }).strict(),
    output: TrackerFile,
  },
  'followup:removePairing': {
    input: z.object({ clientId: Id, pairingId: Id }).strict(),
    output: TrackerFile,
  },
  /** Review dates and next meetings as an .ics calendar file. */
  'export:calendar': {
    input: z
      .object({
        clientId: Id,
        /** Time of day for the events, in `timeZone`; reviews are all-day when null. */
        time: ClockTime.nullable(),
        durationMinutes: z.number().int().min(5).max(600),
        timeZone: z.string().min(1).max(64),
        /** Also add a repeating series of follow-up meetings after the last one planned. */
        repeat: z
          .object({ every: z.enum(['week', 'month']), count: z.number().int().min(2).max(52) })
          .nullable(),
        /** Invite the people concerned, from the team's e-mail addresses. */
        attendees: z.boolean().default(false),
      })
      .strict(),
    output: SavedFile,
  },
  /** Every tracked action as a spreadsheet: Excel workbook, or CSV (UTF-8 with BOM). */
  'export:actions': {
    input: z
      .object({
        clientId: Id,
        format: z.enum(['csv', 'xlsx']).default('csv'),
        /** A semicolon for spreadsheets set up for German or French. */
        delimiter: z.enum([',', ';']).default(','),
      })
      .strict(),
    output: SavedFile,
  },
  /** The action-plan meeting's printed summary. */
  'pdf:actionPlan': {
    input: z
      .object({ clientId: Id, workshopId: Id, pageSize: PageSize, open: z.boolean() })
      .strict(),
    output: z.object({
      path: z.string().nullable(),
      pageCount: z.number().int(),
      warnings: z.array(PrintWarning),
    }),
  },
  /** One document for the client after an engagement: sessions, goals, reviews, trends, agreement. */
  'pdf:report': {
    input: z.object({ clientId: Id, pageSize: PageSize, open: z.boolean() }).strict(),
    output: z.object({
      path: z.string().nullable(),
      pageCount: z.number().int(),
      warnings: z.array(PrintWarning),
    }),
  },
  /** The whole library (clientId null) or one client as one file, through the save dialog. */
  'portability:export': { input: ExportRequest, output: ExportResult },
  /** Checks an export file and says, document by document, what importing it would do. */
  'portability:preview': { input: z.object({ text: ImportText }).strict(), output: ImportPreview },
  /** Applies a previewed import all at once or not at all; every conflict needs a choice. */
  'portability:import': { input: ImportRequest, output: ImportResult },
  /** What restoring a backup would change, before anything is restored. */
  'backups:preview': {
    input: z.object({ backupId: BackupInfo.shape.id }).strict(),
    output: RestorePreview,
  },
  /** First run: a sample client with a finished workshop, an agreement and follow-up to look at. */
  'samples:create': { input: none, output: z.object({ clientId: Id }) },
  /** Removes every sample the app created, in one click; real clients are never touched. */
  'samples:remove': { input: none, output: z.object({ removed: z.number().int() }) },
  'templates:get': { input: none, output: Plan },
  'templates:save': { input: z.object({ plan: Plan }).strict(), output: Plan },
  ...deviceCalls,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type Input<K extends Channel> = z.input<Contract[K]['input']>
export type Output<K extends Channel> = z.output<Contract[K]['output']>
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)
