import type { ClientSummary } from '../../../shared/library/client'
import { isSampleId } from '../../../shared/library/samples'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSamples } from './useSamples'
import './onboarding.css'
import { detach } from '../../lib/detach'

const RemoveSample = () => {
  const samples = useSamples()
  return (
    <>
      <button type="button" disabled={samples.busy} onClick={() => detach(samples.removeSample())}>
        Remove the sample
      </button>
      {samples.error && (
        <ErrorNotice error={samples.error} title="The sample could not be removed." />
      )}
    </>
  )
}

/** On the sample's own page: nothing here is a real client's, and it goes in one click. */
export const SampleNotice = ({ clientId }: { clientId: string }) =>
  isSampleId(clientId) ? (
    <section className="notice sample-notice" aria-label="Sample data">
      <p>
        <strong>This is sample data.</strong> An invented company, to show what a finished workshop,
        agreement and follow-up look like. Open anything, change anything; removing it leaves your
        own clients as they are.
      </p>
      <RemoveSample />
    </section>
  ) : null

/** Above the library list while the sample is in it. */
export const LibrarySampleNotice = ({ clients }: { clients: ClientSummary[] }) => {
  const sample = clients.find((c) => isSampleId(c.id))
  if (!sample) return null
  return (
    <section className="notice sample-notice" aria-label="Sample data">
      <p>
        <strong>This is sample data:</strong> “{sample.name}” is an invented client to look around
        in. Remove it when you are ready for your own.
      </p>
      <RemoveSample />
    </section>
  )
}
