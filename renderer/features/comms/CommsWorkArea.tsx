import { useMemo, useState } from 'react'
import type { AgreementFile } from '../../../shared/comms/agreement'
import { checkAgreement } from '../../../shared/comms/checks'
import { AgreePanel } from './AgreePanel'
import { ChannelsPanel } from './ChannelsPanel'
import { ChecksList } from './ChecksList'
import { LevelsPanel } from './LevelsPanel'
import { PeoplePanel } from './PeoplePanel'
import { PreferencesPanel } from './PreferencesPanel'
import { ResolverPanel } from './ResolverPanel'
import type { AgreementEditor } from './useAgreementEditor'

/** The first five follow the session's phases; the resolver is for everyday use afterwards. */
export const COMMS_TABS = [
  'Preferences',
  'Channels',
  'Message levels',
  'People',
  'Check & agree',
  'Who to contact',
] as const

interface Props {
  agreement: AgreementFile
  editor: AgreementEditor
  readOnly: boolean
  /** In a timed session the tab follows the phase unless the facilitator picks one. */
  phaseIndex?: number
}

export const CommsWorkArea = ({ agreement, editor, readOnly, phaseIndex }: Props) => {
  const { draft, update, updateTerms, flush } = editor
  const [picked, setPicked] = useState<{ tab: number; atPhase: number | undefined } | null>(null)
  const following = phaseIndex === undefined ? 0 : Math.min(phaseIndex, 4)
  const tab = picked && picked.atPhase === phaseIndex ? picked.tab : following
  const findings = useMemo(
    () => checkAgreement({ participants: agreement.participants, ...draft }),
    [agreement.participants, draft],
  )
  const { participants } = agreement
  const { terms, ratings } = draft
  return (
    <div className="work-area comms-area">
      <div role="tablist" aria-label="Agreement sections" className="tabs">
        {COMMS_TABS.map((name, i) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`comms-tab-${i}`}
            aria-selected={tab === i}
            aria-controls={`comms-panel-${i}`}
            onClick={() => setPicked({ tab: i, atPhase: phaseIndex })}
          >
            {name}
            {i === 4 && findings.length > 0 && (
              <span
                className="badge badge-warning"
                aria-label={`${findings.length} ${findings.length === 1 ? 'warning' : 'warnings'}`}
              >
                {findings.length}
              </span>
            )}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`comms-panel-${tab}`}
        aria-labelledby={`comms-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 0 && (
          <PreferencesPanel
            participants={participants}
            channels={terms.channels}
            ratings={ratings}
            readOnly={readOnly}
            onChange={(next) => update((d) => ({ ...d, ratings: next }))}
          />
        )}
        {tab === 1 && (
          <ChannelsPanel
            terms={terms}
            participants={participants}
            ratings={ratings}
            readOnly={readOnly}
            onChange={updateTerms}
          />
        )}
        {tab === 2 && <LevelsPanel terms={terms} readOnly={readOnly} onChange={updateTerms} />}
        {tab === 3 && (
          <PeoplePanel
            terms={terms}
            participants={participants}
            readOnly={readOnly}
            onChange={updateTerms}
          />
        )}
        {tab === 4 && (
          <AgreePanel agreement={agreement} findings={findings} flush={flush} readOnly={readOnly} />
        )}
        {tab === 5 && <ResolverPanel terms={terms} participants={participants} />}
      </div>
      {tab >= 1 && tab <= 3 && (
        <aside className="card checks-aside" aria-label="Live checks">
          <ChecksList findings={findings} />
        </aside>
      )}
    </div>
  )
}
