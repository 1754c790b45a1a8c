import type { CSSProperties } from 'react';
import { axisPercent, barWidthPercent, formatDate, monthTicks, type TimelineModel, type TimelineRow } from './timeline-model';
import { barLabels, markerLabels } from './timeline-labels';

function rowText(row: TimelineRow): string {
  const bar = row.bars[0];
  if (!bar) return 'Reminders only';
  const more = row.bars.length > 1 ? ` (${String(row.bars.length)} times)` : '';
  return bar.due === bar.opens ? `${formatDate(bar.opens)}${more}` : `Due ${formatDate(bar.due)}${more}`;
}

/** "Apr", with the year on January ("Jan 2027") so the axis says when a new year starts. */
function tickLabel(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const month = date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
  return date.getUTCMonth() === 0 ? `${month} ${String(date.getUTCFullYear())}` : month;
}

/**
 * The Gantt-style chart: a row per step under its stage, a bar from when it opens to when it is due and markers
 * for reminders. It is a picture for sighted users; the table view has the same data for everyone.
 */
export function TimelineChart({ model, onSelect }: { model: TimelineModel; onSelect: (activityId: string) => void }) {
  const left = (iso: string): CSSProperties => ({ left: `${String(axisPercent(model, iso))}%` });
  return (
    <div className="pf-gantt">
      <div className="pf-gantt__axis" aria-hidden="true">
        <span className="pf-gantt__label" />
        <span className="pf-gantt__track">
          {monthTicks(model).map((tick, i, all) => (
            <span key={tick} className="pf-gantt__tick" style={left(tick)}>
              {/* Past a year the labels would overlap, so every other month is labelled. */}
              {all.length > 12 && i % 2 === 1 ? '' : tickLabel(tick)}
            </span>
          ))}
        </span>
      </div>
      {model.groups.map((group) => (
        <section key={group.label} className="pf-gantt__group" aria-label={group.label}>
          <h3 className="pf-gantt__stage">{group.label}</h3>
          {group.rows.map((row) => (
            <div key={row.key} className="pf-gantt__row" data-activity-id={row.activityId}>
              <button type="button" className="pf-gantt__label pf-gantt__name" onClick={() => { onSelect(row.activityId); }}>
                <span className="pf-gantt__title">{row.title}</span>
                <span className="pf-gantt__when">{rowText(row)}</span>
              </button>
              <span className="pf-gantt__track" aria-hidden="true">
                {row.bars.map((bar, i) => (
                  <span
                    key={`b${String(i)}`}
                    className={`pf-gantt__bar pf-gantt__bar--${bar.kind}`}
                    style={{ ...left(bar.opens), width: `${String(barWidthPercent(model, bar))}%` }}
                    title={`${barLabels[bar.kind]}: opens ${formatDate(bar.opens)}, due ${formatDate(bar.due)}`}
                  />
                ))}
                {row.markers.map((marker, i) => (
                  <span
                    key={`m${String(i)}`}
                    className={`pf-gantt__marker pf-gantt__marker--${marker.kind}`}
                    style={left(marker.date)}
                    title={`${markerLabels[marker.kind]}: ${formatDate(marker.date)}`}
                  />
                ))}
              </span>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
