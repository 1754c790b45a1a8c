import { Link } from 'react-router';
import type { DefinitionSummary } from './server/definitions-api';

function publishedText(item: DefinitionSummary): string {
  return item.publishedVersion === null ? 'Not published yet' : `Version ${String(item.publishedVersion)}`;
}

function runningText(count: number): string {
  if (count === 0) return 'None';
  return count === 1 ? '1 PCN' : `${String(count)} PCNs`;
}

/** The programmes on the server: what is published, whether a draft is waiting, and how many are running. */
export function DefinitionsTable({ items }: { items: readonly DefinitionSummary[] }) {
  return (
    <table className="nhsuk-table-responsive pf-definitions">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Programmes on the server</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Programme</th>
          <th scope="col">Published</th>
          <th scope="col">Draft</th>
          <th scope="col">Running</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {items.map((item) => (
          <tr key={item.definitionId} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Programme </span>
              <Link to={`/designer/${encodeURIComponent(item.definitionId)}`}>{item.name}</Link>
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Published </span>
              {publishedText(item)}
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Draft </span>
              {item.hasDraft ? (
                <strong className="nhsuk-tag nhsuk-tag--yellow">Draft changes not yet published</strong>
              ) : (
                'No changes waiting'
              )}
            </td>
            <td className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Running </span>
              {runningText(Number(item.runningInstances))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
