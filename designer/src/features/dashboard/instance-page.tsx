export function InstancePage({ instanceId }: { instanceId: string }) {
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">Programme instance</h1>
      <p className="nhsuk-body">Instance {instanceId} will be shown here, with its diagram and journal.</p>
    </div>
  );
}
