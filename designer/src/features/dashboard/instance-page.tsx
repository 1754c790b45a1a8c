import { Link } from 'react-router';
import { shortDate } from './heatmap/cell-status';
import { useLoaded } from './data/use-loaded';
import { InstanceDiagram } from './instance/instance-diagram';
import { JournalTimeline } from './instance/journal-timeline';
import { loadInstanceView, type InstanceView } from './instance/load-instance-view';
import './dashboard.css';
import { ErrorSummary } from '@/components/error-summary';

/** One programme instance: its diagram coloured by progress, and beside it the journal of who did what. */
export function InstancePage({ instanceId }: { instanceId: string }) {
  const view = useLoaded(instanceId, () => loadInstanceView(instanceId));
  return (
    <div className="nhsuk-width-container pf-instance">
      <Link className="nhsuk-back-link" to="/dashboard">
        Back to the dashboard
      </Link>
      {view.state === 'loading' ? (
        <>
          <h1 className="nhsuk-heading-l">Programme</h1>
          <p className="nhsuk-body" role="status">
            Loading…
          </p>
        </>
      ) : view.state === 'failed' ? (
        <>
          <h1 className="nhsuk-heading-l">Programme</h1>
          <ErrorSummary errors={[view.message]} />
        </>
      ) : (
        <Loaded view={view.value} />
      )}
    </div>
  );
}

function statusText(view: InstanceView): string {
  const { status, subStatus } = view.detail.instance;
  if (status === 'Running') return 'In progress';
  return subStatus === 'Cancelled' ? 'Stopped' : subStatus === 'Faulted' ? 'Stopped by a problem' : 'Finished';
}

function Loaded({ view }: { view: InstanceView }) {
  const { instance, openTasks } = view.detail;
  const overdue = openTasks.filter((t) => t.overdue).length;
  return (
    <>
      <h1 className="nhsuk-heading-l">
        {instance.pcnName ?? 'Personal plan'}
        <span className="nhsuk-caption-l">{view.programmeName}</span>
      </h1>
      <dl className="nhsuk-summary-list pf-instance__summary">
        <Row label="Status" value={statusText(view)} />
        <Row label="Day 0" value={shortDate(instance.day0)} />
        <Row label="Version" value={String(instance.definitionVersion)} />
        <Row label="Open tasks" value={`${String(openTasks.length)}${overdue > 0 ? ` (${String(overdue)} overdue)` : ''}`} />
      </dl>
      <div className="pf-instance__layout">
        <section aria-labelledby="diagram-heading" className="pf-instance__main">
          <h2 className="nhsuk-heading-m" id="diagram-heading">
            Programme diagram
          </h2>
          <InstanceDiagram graph={view.graph} states={view.states} focus={view.latest} />
        </section>
        {/* Focusable so keyboard users can scroll the journal's own scroll box. */}
        <section aria-labelledby="journal-heading" className="pf-instance__side" tabIndex={0}>
          <h2 className="nhsuk-heading-m" id="journal-heading">
            Journal
          </h2>
          <JournalTimeline journal={view.journal} names={view.names} />
        </section>
      </div>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}
