import type { PlanItem } from '../../../shared/portability/merge-plan'
import type { Choices } from './labels'
import { CHOICE_WORDS, formatPair, groupByClient, STATUS_WORDS } from './labels'

const statusText = (item: PlanItem, choices: Choices) => {
  const choice = choices[item.path]
  return item.status === 'conflict' && choice
    ? `${STATUS_WORDS.conflict}: ${CHOICE_WORDS[choice]}`
    : STATUS_WORDS[item.status]
}

const Row = ({ item, choices }: { item: PlanItem; choices: Choices }) => {
  const renamed = item.here && item.here.title !== item.incoming.title
  const [inFile, here] = formatPair(item.incoming.updatedAt, item.here?.updatedAt ?? null)
  return (
    <tr>
      <td>{item.what}</td>
      <td>
        {item.incoming.title}
        {renamed && <span className="hint"> (here: “{item.here?.title}”)</span>}
      </td>
      <td className="plan-dates">
        <span>In the file: {inFile}</span>
        {item.here && <span>Here: {here}</span>}
      </td>
      <td>
        <span className={`plan-status plan-${item.status}`}>{statusText(item, choices)}</span>
        {item.note && <span className="hint"> {item.note}</span>}
      </td>
    </tr>
  )
}

/** What happens to each document, client by client. */
export const PlanTable = ({
  items,
  choices,
  caption,
}: {
  items: readonly PlanItem[]
  choices: Choices
  caption: string
}) => (
  <div className="table-scroll">
    <table className="plan-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Title</th>
          <th scope="col">Last changed</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      {groupByClient(items).map((group) => (
        <tbody key={group.key}>
          <tr>
            <th scope="rowgroup" colSpan={4} className="plan-client">
              {group.name}
            </th>
          </tr>
          {group.items.map((item) => (
            <Row key={item.path} item={item} choices={choices} />
          ))}
        </tbody>
      ))}
    </table>
  </div>
)
