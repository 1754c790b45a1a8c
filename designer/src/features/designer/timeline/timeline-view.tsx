import { useMemo, useState } from 'react';
import { useDesignerStore } from '../store/designer-store';
import { fromIsoDate, toIsoDate, type DayMonthYear } from './dates';
import { Day0Input } from './day0-input';
import { TimelineChart } from './timeline-chart';
import { buildTimeline } from './timeline-model';
import { TimelineTable } from './timeline-table';
import { useSimulation } from './use-simulation';

type Layout = 'chart' | 'table';

/** The first day of next month: a likely start date, and one that changes rarely enough to be predictable. */
function nextMonth(today = new Date()): string {
  return new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** The projected timeline for a chosen day 0, redrawn as the programme is edited. */
export function TimelineView() {
  const [day0, setDay0] = useState<DayMonthYear>(() => fromIsoDate(nextMonth()));
  const [layout, setLayout] = useState<Layout>('chart');
  const select = useDesignerStore((s) => s.select);
  const simulation = useSimulation(toIsoDate(day0));
  const entries = simulation.kind === 'waiting' ? null : simulation.entries;
  const model = useMemo(() => (entries ? buildTimeline(entries) : null), [entries]);

  return (
    <div className="pf-timeline">
      <h2 className="nhsuk-heading-m">Timeline preview</h2>
      <Day0Input value={day0} onChange={setDay0} />
      <div className="pf-segmented" role="group" aria-label="Show the timeline as">
        {(['chart', 'table'] as const).map((l) => (
          <button key={l} type="button" className="pf-toolbar__button" aria-pressed={layout === l} onClick={() => { setLayout(l); }}>
            {l === 'chart' ? 'Chart' : 'Table'}
          </button>
        ))}
      </div>
      <p className="nhsuk-body-s" role="status">
        {simulation.kind === 'waiting' ? 'Working out the timeline…' : null}
        {simulation.kind === 'loaded' && simulation.updating ? 'Updating the timeline…' : null}
        {simulation.kind === 'failed' ? `The timeline could not be updated: ${simulation.message}` : null}
      </p>
      {simulation.kind !== 'waiting' && !model ? <p className="nhsuk-body">Nothing happens in the first year of this programme.</p> : null}
      {model && layout === 'chart' ? <TimelineChart model={model} onSelect={select} /> : null}
      {model && layout === 'table' ? <TimelineTable model={model} /> : null}
      {model ? (
        <p className="nhsuk-body-s pf-gantt__key">
          <span className="pf-gantt__swatch pf-gantt__bar--task" /> Task <span className="pf-gantt__swatch pf-gantt__bar--sign-off" /> Sign-off{' '}
          <span className="pf-gantt__swatch pf-gantt__bar--review" /> Review <span className="pf-gantt__swatch pf-gantt__marker--reminder" /> Reminder{' '}
          <span className="pf-gantt__swatch pf-gantt__marker--escalation" /> Escalation
        </p>
      ) : null}
    </div>
  );
}
