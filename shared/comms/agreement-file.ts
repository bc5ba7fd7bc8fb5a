import type { FileKind, Migration } from '../library/migrations'
import type { AgreementFile, AgreementSummary } from './agreement'
import { AGREEMENT_SCHEMA_VERSION, AgreementFile as AgreementFileSchema } from './agreement'

/** Ordered upgrades of agreement files; each new format adds a step here and a fixture. */
export const agreementMigrations: readonly Migration[] = []

export const agreementFileKind: FileKind<AgreementFile> = {
  label: 'Agreement file',
  currentVersion: AGREEMENT_SCHEMA_VERSION,
  migrations: agreementMigrations,
  schema: AgreementFileSchema,
}

export const latestVersion = (a: AgreementFile) => a.versions.at(-1) ?? null

export const toAgreementSummary = (a: AgreementFile, readOnly = false): AgreementSummary => {
  const latest = latestVersion(a)
  return {
    id: a.id,
    clientId: a.clientId,
    title: a.title,
    updatedAt: a.updatedAt,
    participantCount: a.participants.length,
    latestVersion: latest?.number ?? null,
    acknowledgedCount: latest ? Object.keys(latest.acknowledgements).length : 0,
    readOnly,
  }
}
