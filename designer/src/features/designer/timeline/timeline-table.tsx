import { roleLabel } from '@/lib/elsa/roles';
import { formatDate, type TimelineModel } from './timeline-model';
import { barLabels, markerLabels } from './timeline-labels';

/** The timeline as a table, stage by stage: the same data as the chart, for screen readers and for printing. */
export function TimelineTable({ model }: { model: TimelineModel }) {
  return (
    <>
      {model.groups.map((group) => (
        <table key={group.label} className="nhsuk-table pf-timeline-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{group.label}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Step</th>
              <th scope="col">What</th>
              <th scope="col">Opens</th>
              <th scope="col">Due</th>
              <th scope="col">Reminders and alerts</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {group.rows.flatMap((row) =>
              (row.bars.length > 0 ? row.bars : [null]).map((bar, i) => (
                <tr key={`${row.key}:${String(i)}`} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__cell">
                    {row.title}
                    {row.owner ? <span className="nhsuk-body-s pf-timeline-table__owner"> ({roleLabel(row.owner)})</span> : null}
                  </th>
                  <td className="nhsuk-table__cell">{bar ? barLabels[bar.kind] : '–'}</td>
                  <td className="nhsuk-table__cell">{bar ? formatDate(bar.opens) : '–'}</td>
                  <td className="nhsuk-table__cell">{bar ? formatDate(bar.due) : '–'}</td>
                  <td className="nhsuk-table__cell">
                    {i === 0 && row.markers.length > 0
                      ? row.markers.map((m) => `${markerLabels[m.kind]} ${formatDate(m.date)}`).join('; ')
                      : '–'}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}
