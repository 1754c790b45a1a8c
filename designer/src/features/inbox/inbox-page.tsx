export function InboxPage() {
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">Your tasks</h1>
      <div className="nhsuk-inset-text">
        <p>The inbox is coming next: your open tasks grouped as Overdue, Due this week and Later.</p>
      </div>
    </div>
  );
}
