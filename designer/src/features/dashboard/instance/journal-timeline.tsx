import type { JournalLine } from '../data/dashboard-api';
import { timelineEntries } from './timeline-entries';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** The journal as a timeline: who did what and when, with sign-off decisions and what the approver wrote. */
export function JournalTimeline({ journal, names }: { journal: readonly JournalLine[]; names: ReadonlyMap<string, string> }) {
  const entries = timelineEntries(journal, names);
  if (entries.length === 0) return <p className="nhsuk-body">Nothing has happened yet.</p>;
  return (
    <ol className="pf-timeline" aria-label="Journal, newest first">
      {entries.map((e) => (
        <li key={e.sequence} className={`pf-timeline__entry${e.decision ? ` pf-timeline__entry--${e.decision.toLowerCase()}` : ''}`}>
          <time className="pf-timeline__time nhsuk-body-s" dateTime={e.at}>
            {when.format(new Date(e.at))}
          </time>
          <p className="pf-timeline__text">
            {e.decision ? <strong className={`nhsuk-tag ${e.decision === 'Approved' ? 'nhsuk-tag--green' : 'nhsuk-tag--orange'}`}>{e.decision}</strong> : null}{' '}
            {e.text}
          </p>
          {e.comment ? (
            <blockquote className="pf-timeline__comment">
              <p className="nhsuk-body-s">
                <span className="nhsuk-u-visually-hidden">Comment: </span>
                {e.comment}
              </p>
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
