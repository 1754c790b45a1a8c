export function TaskPage({ taskId }: { taskId: string }) {
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">Task</h1>
      <p className="nhsuk-body">Task {taskId} will be shown here, with its instructions and form.</p>
    </div>
  );
}
