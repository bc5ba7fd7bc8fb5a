import type { AgreementFile, AgreementSummary } from '../../shared/comms/agreement'
import { AgreementFile as AgreementFileSchema } from '../../shared/comms/agreement'
import { agreementFileKind, toAgreementSummary } from '../../shared/comms/agreement-file'
import { ClientDocumentStore } from './client-document-store'
import type { LibraryPaths } from './library-paths'

export interface AgreementView {
  agreement: AgreementFile
  readOnly: boolean
}

/** One file per communication agreement, in a folder per client beside its workshops. */
export class AgreementStore {
  private readonly docs: ClientDocumentStore<AgreementFile, AgreementSummary>

  constructor(paths: LibraryPaths) {
    this.docs = new ClientDocumentStore({
      noun: 'agreement',
      fileKind: agreementFileKind,
      schema: AgreementFileSchema,
      folder: paths.agreements,
      file: paths.agreement,
      summarize: toAgreementSummary,
    })
  }

  list(clientId: string): Promise<AgreementSummary[]> {
    return this.docs.list(clientId)
  }

  async get(clientId: string, id: string): Promise<AgreementView> {
    const { doc, readOnly } = await this.docs.get(clientId, id)
    return { agreement: doc, readOnly }
  }

  create(agreement: AgreementFile): Promise<AgreementFile> {
    return this.docs.create(agreement)
  }

  update(clientId: string, id: string, change: (a: AgreementFile) => AgreementFile) {
    return this.docs.update(clientId, id, change)
  }

  idle(): Promise<void> {
    return this.docs.idle()
  }
}
