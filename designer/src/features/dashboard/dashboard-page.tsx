import { useState } from 'react';
import { loadDashboard, loadLeadIcs, loadProgress, type LeadIcs } from './data/dashboard-api';
import { useLoaded } from './data/use-loaded';
import { Heatmap } from './heatmap/heatmap';
import { OverdueTable } from './overdue/overdue-table';
import { ProgressChart } from './summary/progress-chart';
import { SummaryCards } from './summary/summary-cards';
import './dashboard.css';
import { ErrorSummary } from '@/components/error-summary';

/** The programme lead's dashboard: counts, the PCN × stage heatmap, progress over time and the overdue list. */
export function DashboardPage() {
  const leads = useLoaded('me', loadLeadIcs);
  const [chosen, setChosen] = useState<string | null>(null);
  if (leads.state !== 'ready') {
    return (
      <Frame>
        <Status loaded={leads} />
      </Frame>
    );
  }
  const icsList = leads.value;
  const ics = icsList.find((i) => i.id === chosen) ?? icsList[0];
  if (!ics) {
    return (
      <Frame>
        <p className="nhsuk-body">The dashboard is for ICS programme leads. You do not lead an ICS.</p>
      </Frame>
    );
  }
  return (
    <Frame>
      {icsList.length > 1 ? <IcsChoice icsList={icsList} value={ics.id} onChange={setChosen} /> : null}
      <IcsDashboardView key={ics.id} ics={ics} />
    </Frame>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div className="nhsuk-width-container pf-dashboard">
      <h1 className="nhsuk-heading-l">Programme dashboard</h1>
      {children}
    </div>
  );
}

function Status({ loaded }: { loaded: { state: 'loading' } | { state: 'failed'; message: string } }) {
  if (loaded.state === 'loading') return <p className="nhsuk-body" role="status">Loading…</p>;
  return <ErrorSummary errors={[loaded.message]} />;
}

function IcsChoice({ icsList, value, onChange }: { icsList: LeadIcs[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor="dashboard-ics">
        ICS
      </label>
      <select className="nhsuk-select" id="dashboard-ics" value={value} onChange={(e) => {
          onChange(e.target.value);
        }}>
        {icsList.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function IcsDashboardView({ ics }: { ics: LeadIcs }) {
  const dashboard = useLoaded(ics.id, () => loadDashboard(ics.id));
  const progress = useLoaded(ics.id, () => loadProgress(ics.id));
  if (dashboard.state !== 'ready') return <Status loaded={dashboard} />;
  const { value } = dashboard;
  return (
    <>
      <p className="nhsuk-lede-text">{value.icsName}</p>
      <h2 className="nhsuk-heading-m">Summary</h2>
      <SummaryCards totals={value.totals} />
      <h2 className="nhsuk-heading-m">PCNs by stage</h2>
      {value.pcns.length === 0 ? (
        <p className="nhsuk-body">This ICS has no PCNs yet.</p>
      ) : value.stages.length === 0 ? (
        <p className="nhsuk-body">No programme has started in this ICS yet.</p>
      ) : (
        <Heatmap stages={value.stages} rows={value.pcns} />
      )}
      <h2 className="nhsuk-heading-m">Progress over time</h2>
      {progress.state === 'ready' ? <ProgressChart weeks={progress.value.weeks} /> : <Status loaded={progress} />}
      <h2 className="nhsuk-heading-m">Overdue tasks</h2>
      <OverdueTable tasks={value.overdue} />
    </>
  );
}
