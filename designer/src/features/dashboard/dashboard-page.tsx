export function DashboardPage() {
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">Programme dashboard</h1>
      <div className="nhsuk-inset-text">
        <p>The dashboard is coming next: every PCN and stage at a glance, with what is overdue.</p>
      </div>
    </div>
  );
}
