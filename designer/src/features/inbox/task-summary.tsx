import { roleLabel } from '@/lib/elsa/roles';
import { dueDay, dueWords } from './due-words';
import type { TaskDetail } from './inbox-api';
import { TaskTags } from './task-tags';
import { longDateTime } from '@/lib/dates/long-date-time';
import { longDate, type IsoDate } from './working-days';

/** Who sent the work back: the latest "Returned" decision that covers this task. */
function returnedBy(task: TaskDetail): string | undefined {
  const returned = task.signOffDecisions.filter((d) => d.decision === 'Returned').at(-1);
  return returned && (returned.decidedByName ?? returned.decidedBy);
}

/** The task's heading, context, due date, tags, any returned comment, and its instructions. */
export function TaskSummary({ task, today }: { task: TaskDetail; today: IsoDate }) {
  const day = dueDay(task);
  const caption = [task.programmeName, task.pcnName].filter(Boolean).join(' · ');
  const by = returnedBy(task);
  return (
    <>
      <h1 className="nhsuk-heading-l">
        {caption && <span className="nhsuk-caption-l">{caption}</span>}
        {task.title}
      </h1>
      <dl className="nhsuk-summary-list">
        {task.stage && <Row label="Stage" value={task.stage} />}
        <Row label="For" value={roleLabel(task.ownerRole)} />
        {task.scheduledDate && <Row label="Review date" value={longDate(task.scheduledDate)} />}
        {task.participants && task.participants.length > 0 && <Row label="Who takes part" value={task.participants.map(roleLabel).join(', ')} />}
        {task.state === 'Open' && <Row label="Due" value={day ? `${longDate(day)}: ${dueWords(task, today)}` : 'No due date'} />}
        {task.state === 'Completed' && (
          <Row
            label="Completed"
            value={`${task.completedAt ? longDateTime(task.completedAt) : ''}${task.completedBy ? ` by ${task.completedBy}` : ''}${task.outcome ? ` (${task.outcome})` : ''}`}
          />
        )}
        {task.state === 'Cancelled' && <Row label="Status" value="Cancelled: the programme no longer needs this" />}
      </dl>
      <TaskTags returned={task.returnedComment != null} escalated={task.escalated} personalPlan={task.personalPlan} />
      {task.returnedComment != null && task.state === 'Open' && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {by ? `Returned by ${by}` : 'This work was returned'}
            </span>
          </h2>
          <p className="pf-returned-comment">{task.returnedComment}</p>
          <p>Make the changes asked for, then complete the task again.</p>
        </div>
      )}
      {task.checklist && task.checklist.length > 0 && (
        <section aria-labelledby="checklist-title">
          <h2 className="nhsuk-heading-m" id="checklist-title">
            Things to cover
          </h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {task.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {task.instructionsHtml !== '' && (
        <section className="pf-task__instructions" aria-labelledby="instructions-title">
          <h2 className="nhsuk-heading-m" id="instructions-title">
            What to do
          </h2>
          {/* The server renders the instructions' Markdown with raw HTML disabled and runs HtmlSanitizer over the result. */}
          <div dangerouslySetInnerHTML={{ __html: task.instructionsHtml }} />
        </section>
      )}
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
