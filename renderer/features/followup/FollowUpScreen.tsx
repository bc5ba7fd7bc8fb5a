import type { KeyboardEvent } from 'react'
import type { ClientFile } from '../../../shared/library/client'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { ActionsPanel } from './ActionsPanel'
import { CrossTraining } from './CrossTraining'
import { Dashboard } from './Dashboard'
import { ExportsPanel } from './ExportsPanel'
import { ReviewsPanel } from './ReviewsPanel'
import type { FollowUp } from './useFollowUp'
import { useFollowUp } from './useFollowUp'

const TABS = [
  { slug: 'dashboard', name: 'Dashboard' },
  { slug: 'actions', name: 'Actions' },
  { slug: 'reviews', name: 'Goal reviews' },
  { slug: 'cross-training', name: 'Cross-training' },
  { slug: 'exports', name: 'Exports' },
] as const
type Slug = (typeof TABS)[number]['slug']

const slugOf = (tab: string | null): Slug => TABS.find((t) => t.slug === tab)?.slug ?? 'dashboard'

/** Everything after the sessions: statuses, reviews, cross-training, trends and exports. */
export const FollowUpScreen = ({ clientId, tab }: { clientId: string; tab: string | null }) => {
  const client = useApiData(() => api.call('clients:get', { clientId }), clientId, { clientId })
  const followUp = useFollowUp(clientId)
  const back = <a href={hrefFor({ screen: 'client', clientId })}>← Client</a>
  const error =
    client.status === 'error' ? client.error : followUp.status === 'error' ? followUp.error : null
  if (error)
    return (
      <main className="screen">
        {back}
        <ErrorNotice error={error} title="The follow-up could not be opened." />
      </main>
    )
  if (client.status !== 'ready' || followUp.status !== 'ready')
    return <main className="screen" aria-busy="true" />
  const current = slugOf(tab)
  return (
    <main className="screen followup-screen" aria-labelledby="followup-title">
      {back}
      <h1 id="followup-title">Follow-up: {client.value.client.name}</h1>
      {followUp.value.readOnly && (
        <p className="notice notice-warning">
          This client’s follow-up was saved by a newer version of the app and opens read-only.
        </p>
      )}
      <FollowUpTabs clientId={clientId} current={current} />
      <div
        role="tabpanel"
        id={`followup-panel-${current}`}
        aria-labelledby={`followup-tab-${current}`}
        className="tab-panel"
      >
        <Panel
          slug={current}
          clientId={clientId}
          client={client.value.client}
          followUp={followUp.value}
        />
      </div>
    </main>
  )
}

const Panel = ({
  slug,
  clientId,
  client,
  followUp,
}: {
  slug: Slug
  clientId: string
  client: ClientFile
  followUp: FollowUp
}) => {
  switch (slug) {
    case 'actions':
      return <ActionsPanel clientId={clientId} followUp={followUp} />
    case 'reviews':
      return <ReviewsPanel clientId={clientId} followUp={followUp} />
    case 'cross-training':
      return <CrossTraining clientId={clientId} followUp={followUp} members={client.members} />
    case 'exports':
      return <ExportsPanel clientId={clientId} />
    default:
      return <Dashboard clientId={clientId} followUp={followUp} />
  }
}

/** Each tab is an address, so a tab can be bookmarked in the browser and reopened as it was. */
const FollowUpTabs = ({ clientId, current }: { clientId: string; current: Slug }) => {
  const go = (slug: Slug) => {
    navigate({ screen: 'followup', clientId, tab: slug === 'dashboard' ? null : slug })
    document.getElementById(`followup-tab-${slug}`)?.focus()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.slug === current)
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null
    if (to === null) return
    e.preventDefault()
    go(TABS[to]!.slug)
  }
  return (
    <div role="tablist" aria-label="Follow-up sections" className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <a
          key={t.slug}
          role="tab"
          id={`followup-tab-${t.slug}`}
          href={hrefFor({
            screen: 'followup',
            clientId,
            tab: t.slug === 'dashboard' ? null : t.slug,
          })}
          aria-selected={t.slug === current}
          aria-controls={t.slug === current ? `followup-panel-${t.slug}` : undefined}
          tabIndex={t.slug === current ? 0 : -1}
        >
          {t.name}
        </a>
      ))}
    </div>
  )
}
