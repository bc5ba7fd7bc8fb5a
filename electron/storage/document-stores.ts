import type { AgreementFile, AgreementSummary } from '../../shared/comms/agreement'
import { agreementFileKind, toAgreementSummary } from '../../shared/comms/agreement-file'
import type { WorkshopFile, WorkshopSummary } from '../../shared/workshop/workshop'
import { toWorkshopSummary, workshopFileKind } from '../../shared/workshop/workshop-file'
import type { LibraryScope } from './client-document-store'
import { ClientDocumentStore } from './client-document-store'

export type WorkshopStore = ClientDocumentStore<WorkshopFile, WorkshopSummary>
export type AgreementStore = ClientDocumentStore<AgreementFile, AgreementSummary>

/** One file per session (goal workshop, communication session, meeting) in its client's folder. */
export const workshopStore = (library: LibraryScope): WorkshopStore =>
  new ClientDocumentStore(
    {
      noun: 'workshop',
      fileKind: workshopFileKind,
      folder: library.paths.workshops,
      file: library.paths.workshop,
      summarize: toWorkshopSummary,
    },
    library,
  )

/** One file per communication agreement, in a folder per client beside its workshops. */
export const agreementStore = (library: LibraryScope): AgreementStore =>
  new ClientDocumentStore(
    {
      noun: 'agreement',
      fileKind: agreementFileKind,
      folder: library.paths.agreements,
      file: library.paths.agreement,
      summarize: toAgreementSummary,
    },
    library,
  )
