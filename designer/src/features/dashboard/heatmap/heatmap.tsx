import { Link } from 'react-router';
import type { DashboardRow } from '../data/dashboard-api';
import { instancePath } from '../data/paths';
import { cellDetail, statusLook, statusOrder } from './cell-status';

interface HeatmapProps {
  stages: readonly string[];
  rows: readonly DashboardRow[];
}

/**
 * Every PCN against every stage. Each cell says its status in words and has a pattern as well as a colour; a cell
 * of a PCN with a programme is a link (click, or Enter) to that programme.
 */
export function Heatmap({ stages, rows }: HeatmapProps) {
  return (
    <>
      <HeatmapLegend />
      <div className="pf-heatmap" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="nhsuk-table pf-heatmap__table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id="heatmap-caption">
            Progress of each PCN by stage
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">PCN</th>
              {stages.map((stage) => (
                <th key={stage} scope="col">
                  {stage}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <HeatmapRow key={row.pcnId} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function HeatmapRow({ row }: { row: DashboardRow }) {
  const [first, ...others] = row.instanceIds;
  // Programmes can run different versions of their design once some have been moved and others not.
  const version = (index: number) => (row.versions[index] === undefined ? null : String(row.versions[index]));
  return (
    <tr>
      <th scope="row">
        {first ? <Link to={instancePath(first)}>{row.pcnName}</Link> : row.pcnName}
        {first && version(0) !== null ? ' ' : null}
        {first && version(0) !== null ? <strong className="nhsuk-tag nhsuk-tag--grey pf-heatmap__version">Version {version(0)}</strong> : null}
        {others.length > 0 ? (
          <span className="pf-heatmap__more">
            {others.map((id, index) => (
              <Link key={id} to={instancePath(id)}>
                Programme {index + 2}
                {version(index + 1) === null ? null : ` (version ${version(index + 1) ?? ''})`}
              </Link>
            ))}
          </span>
        ) : null}
        {first ? null : <span className="pf-heatmap__more">No programme started</span>}
      </th>
      {row.cells.map((cell) => {
        const look = statusLook(cell.status);
        const content = (
          <>
            <strong className="pf-heatmap__label">{look.label}</strong>
            <span className="pf-heatmap__detail">{cellDetail(cell)}</span>
          </>
        );
        // The visible words come first in the link's name (WCAG 2.5.3); the hidden part says where it is and goes.
        const context = <span className="nhsuk-u-visually-hidden">{`: ${row.pcnName}, ${cell.stage}. Open the programme`}</span>;
        return (
          <td key={cell.stage} className={`pf-heat ${look.cell}`}>
            {first ? (
              <Link className="pf-heatmap__link" to={instancePath(first)}>
                {content}
                {context}
              </Link>
            ) : (
              content
            )}
          </td>
        );
      })}
    </tr>
  );
}

function HeatmapLegend() {
  return (
    <div className="pf-legend" aria-label="Key to the colours">
      <p className="nhsuk-body-s pf-legend__title">Key:</p>
      <ul className="pf-legend__list">
        {statusOrder.map((status) => {
          const look = statusLook(status);
          return (
            <li key={status} className="pf-legend__item">
              <span className={`pf-legend__swatch pf-heat ${look.cell}`} aria-hidden="true" />
              <strong className={`nhsuk-tag ${look.tag}`}>{look.label}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
