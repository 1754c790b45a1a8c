import type { TaskDetail } from './inbox-api';
import { longDateTime } from '@/lib/dates/long-date-time';

/** Earlier sign-off decisions on this work, oldest first, with the approver's comments. */
export function SignOffHistory({ decisions }: { decisions: TaskDetail['signOffDecisions'] }) {
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decisions-title" className="pf-conversation">
      <h2 className="nhsuk-heading-m" id="decisions-title">
        Sign-off decisions
      </h2>
      <ul className="nhsuk-list nhsuk-list--border">
        {decisions.map((d) => (
          <li key={`${d.signOffTaskId}:${d.at}`}>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              <strong className={`nhsuk-tag ${d.decision === 'Returned' ? 'nhsuk-tag--orange' : 'nhsuk-tag--green'}`}>{d.decision}</strong>{' '}
              by {d.decidedByName ?? d.decidedBy} on {longDateTime(d.at)} ({d.signOffTitle})
            </p>
            {d.comment && <p className="nhsuk-u-margin-bottom-2">{d.comment}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
