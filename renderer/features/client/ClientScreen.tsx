import { useState } from 'react'
import type { ClientView } from '../../../shared/api/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { ClientDetailsForm } from './ClientDetailsForm'
import { WorkshopHistory } from '../goal-workshop/WorkshopHistory'
import { AgreementList } from '../comms/AgreementList'
import { FollowUpCard } from '../followup/FollowUpCard'
import { SampleNotice } from '../onboarding/SampleNotice'
import { ExportStatus } from '../portability/ExportStatus'
import { useExport } from '../portability/useExport'
import { MemberForm } from './MemberForm'
import { MemberTable } from './MemberTable'
import { useClientActions } from './useClientActions'
import { detach } from '../../lib/detach'

export const ClientScreen = ({ clientId }: { clientId: string }) => {
  const view = useApiData(() => api.call('clients:get', { clientId }), clientId, { clientId })
  if (view.status === 'loading') return <main className="screen" aria-busy="true" />
  if (view.status === 'error') {
    return (
      <main className="screen">
        <a href={hrefFor({ screen: 'library' })}>← All clients</a>
        <ErrorNotice error={view.error} title="This client could not be opened." />
      </main>
    )
  }
  return <ClientPage view={view.value} />
}

const ClientPage = ({ view: { client, readOnly } }: { view: ClientView }) => {
  const actions = useClientActions(client)
  const [confirming, setConfirming] = useState(false)
  const exporter = useExport(client.id)
  return (
    <main className="screen" aria-labelledby="client-title">
      <a href={hrefFor({ screen: 'library' })}>← All clients</a>
      <div className="row spread">
        <h1 id="client-title">
          {client.name} {client.archived && <span className="badge">Archived</span>}
        </h1>
        {!readOnly && (
          <div className="row">
            <button type="button" onClick={exporter.start} disabled={exporter.busy}>
              Export this client…
            </button>
            <button type="button" onClick={() => detach(actions.setArchived(!client.archived))}>
              {client.archived ? 'Restore from archive' : 'Archive client'}
            </button>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete client
            </button>
          </div>
        )}
      </div>
      <ExportStatus state={exporter.state} />
      <SampleNotice clientId={client.id} />
      {readOnly && (
        <p className="notice notice-warning" role="alert">
          This client was saved by a newer version of Smartketing Workshop. You can read it here;
          update the app to change it.
        </p>
      )}
      <ClientDetailsForm key={client.updatedAt} client={client} readOnly={readOnly} />
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Team members ({client.members.length})</h2>
        {client.members.length === 0 ? (
          <EmptyState title="No team members yet">
            <p>
              Add the people from sales, marketing and management who will take part in workshops.
            </p>
          </EmptyState>
        ) : (
          <MemberTable
            members={client.members}
            readOnly={readOnly}
            onSave={actions.saveMember}
            onRemove={actions.removeMember}
          />
        )}
        {!readOnly && <MemberForm submitLabel="Add member" onSubmit={actions.addMember} />}
      </section>
      <WorkshopHistory clientId={client.id} canStart={!readOnly && client.members.length > 0} />
      <FollowUpCard clientId={client.id} canStart={!readOnly && client.members.length > 0} />
      <AgreementList
        clientId={client.id}
        members={client.members}
        canCreate={!readOnly && client.members.length > 0}
      />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${client.name}?`}
        body="The client and its team leave the library. You can undo this right after, and every backup keeps a copy."
        confirmLabel="Delete client"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          detach(actions.deleteClient())
        }}
      />
    </main>
  )
}
