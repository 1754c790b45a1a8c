import { useState, type SyntheticEvent } from 'react';
import { TextControl } from './fields/text-controls';
import { addEvidence, type TaskDetail } from './inbox-api';
import { firstError, problemErrors, type FieldErrors } from './task-errors';
import { longDateTime } from '@/lib/dates/long-date-time';

type Evidence = TaskDetail['evidence'][number];

interface TaskEvidenceProps {
  taskId: string;
  initial: readonly Evidence[];
  open: boolean;
}

/** Links to evidence kept elsewhere (SharePoint, FutureNHS). New links can be added only while the task is open. */
export function TaskEvidence({ taskId, initial, open }: TaskEvidenceProps) {
  const [links, setLinks] = useState<readonly Evidence[]>(initial);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setSending(true);
    try {
      const added = await addEvidence(taskId, url.trim(), title.trim() || null);
      setLinks((current) => [...current, added]);
      setUrl('');
      setTitle('');
      setErrors({});
    } catch (error) {
      setErrors(problemErrors(error));
    }
    setSending(false);
  }

  return (
    <section aria-labelledby="evidence-title" className="pf-conversation">
      <h2 className="nhsuk-heading-m" id="evidence-title">
        Evidence
      </h2>
      {links.length === 0 ? (
        <p>No evidence linked yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title ?? link.url}
                <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
              </a>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 pf-task__meta">
                Added by {link.addedByName ?? link.addedBy}, {longDateTime(link.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-evidence-title">
          <h3 className="nhsuk-heading-s" id="add-evidence-title">
            Link to evidence
          </h3>
          {firstError(errors, '') && <p className="nhsuk-error-message">{firstError(errors, '')}</p>}
          <TextControl
            chrome={{ id: 'evidence-url', label: 'Web address', hint: 'For example, a SharePoint or FutureNHS link starting https://', error: firstError(errors, 'url') }}
            kind="url"
            value={url}
            onChange={setUrl}
          />
          <TextControl
            chrome={{ id: 'evidence-name', label: 'What it is', optional: true, error: firstError(errors, 'title') }}
            kind="text"
            value={title}
            onChange={setTitle}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={sending}>
            Add evidence link
          </button>
        </form>
      )}
    </section>
  );
}
