import { useState, type SyntheticEvent } from 'react';
import { LongTextControl } from './fields/text-controls';
import { addComment, type TaskDetail } from './inbox-api';
import { firstError, problemErrors, type FieldErrors } from './task-errors';
import { longDateTime } from '@/lib/dates/long-date-time';

type Comment = TaskDetail['comments'][number];

/** The task's conversation: comments so far, and a box to add one. Anyone who can see a task can comment. */
export function TaskComments({ taskId, initial }: { taskId: string; initial: readonly Comment[] }) {
  const [comments, setComments] = useState<readonly Comment[]>(initial);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setErrors({ text: ['Write a comment.'] });
      return;
    }
    setSending(true);
    try {
      const added = await addComment(taskId, text.trim());
      setComments((current) => [...current, added]);
      setText('');
      setErrors({});
    } catch (error) {
      setErrors(problemErrors(error));
    }
    setSending(false);
  }

  return (
    <section aria-labelledby="comments-title" className="pf-conversation">
      <h2 className="nhsuk-heading-m" id="comments-title">
        Comments
      </h2>
      {comments.length === 0 ? (
        <p>No comments yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 pf-task__meta">
                {c.authorName ?? c.author}, {longDateTime(c.at)}
              </p>
              <p className="nhsuk-u-margin-bottom-2 pf-comment">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <LongTextControl
          chrome={{ id: 'new-comment', label: 'Add a comment', error: firstError(errors, 'text') ?? firstError(errors, '') }}
          value={text}
          onChange={setText}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={sending}>
          Add comment
        </button>
      </form>
    </section>
  );
}
