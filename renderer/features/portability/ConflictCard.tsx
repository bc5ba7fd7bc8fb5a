import type { DocumentSide } from '../../../shared/portability/document-path'
import type { ConflictChoice, PlanItem } from '../../../shared/portability/merge-plan'
import { formatPair } from './labels'

const SIDES: Record<ConflictChoice, { label: string; where: string }> = {
  'keep-mine': { label: 'Keep mine', where: 'On this computer' },
  'take-theirs': { label: 'Take theirs', where: 'In the file' },
}

interface VersionProps {
  group: string
  choice: ConflictChoice
  chosen: boolean
  side: DocumentSide
  changed: string
  onChoose: (choice: ConflictChoice) => void
}

const Version = ({ group, choice, chosen, side, changed, onChoose }: VersionProps) => {
  const facts = `${group}-${choice}`
  return (
    <div className={`version${chosen ? ' chosen' : ''}`}>
      <label className="inline version-choice">
        <input
          type="radio"
          name={group}
          value={choice}
          checked={chosen}
          aria-describedby={facts}
          onChange={() => onChoose(choice)}
        />
        {SIDES[choice].label}
      </label>
      <dl id={facts} className="version-facts">
        <dt>Where</dt>
        <dd>{SIDES[choice].where}</dd>
        <dt>Title</dt>
        <dd>{side.title}</dd>
        <dt>Last changed</dt>
        <dd>{changed}</dd>
        {side.contents && (
          <>
            <dt>Holds</dt>
            <dd>{side.contents}</dd>
          </>
        )}
        {side.revision !== null && (
          <>
            <dt>Saves</dt>
            <dd>{side.revision}</dd>
          </>
        )}
      </dl>
    </div>
  )
}

const suggestion = (item: PlanItem, here: DocumentSide) => {
  if (item.suggested === 'take-theirs') return 'Suggested: take theirs, the version changed last.'
  const hereLater = Date.parse(here.updatedAt ?? '') > Date.parse(item.incoming.updatedAt ?? '')
  return hereLater
    ? 'Suggested: keep mine, the version changed last.'
    : 'Suggested: keep mine, as neither version is plainly the newer one.'
}

/** One document changed on both computers: both versions side by side, and the person picks. */
export const ConflictCard = ({
  item,
  choice,
  onChoose,
}: {
  item: PlanItem
  choice: ConflictChoice
  onChoose: (choice: ConflictChoice) => void
}) => {
  const here = item.here ?? item.incoming
  const [mine, theirs] = formatPair(here.updatedAt, item.incoming.updatedAt)
  const group = `conflict-${item.path.replace(/[^a-z0-9]+/gi, '-')}`
  const common = { group, onChoose }
  return (
    <fieldset className="conflict">
      <legend>
        {item.what} “{item.incoming.title}”{item.clientName && ` · ${item.clientName}`}
      </legend>
      <div className="versions">
        <Version
          {...common}
          choice="keep-mine"
          chosen={choice === 'keep-mine'}
          side={here}
          changed={mine}
        />
        <Version
          {...common}
          choice="take-theirs"
          chosen={choice === 'take-theirs'}
          side={item.incoming}
          changed={theirs}
        />
      </div>
      <p className="hint">{suggestion(item, here)}</p>
    </fieldset>
  )
}
