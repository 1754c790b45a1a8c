import { useMemo, useState, type SyntheticEvent } from 'react';
import { ApiProblem } from '@/lib/api/client';
import { FieldErrorSummary } from './field-error-summary';
import { RadiosControl } from './fields/choice-controls';
import { FormFieldControl } from './fields/form-field';
import { LongTextControl } from './fields/text-controls';
import { initialValues, toSubmission, type FieldValue } from './form-values';
import { completeTask, type TaskDetail } from './inbox-api';
import { firstError, problemErrors, summaryErrors, type FieldErrors } from './task-errors';

interface TaskFormProps {
  task: TaskDetail;
  onCompleted: (outcome: string | null) => void;
  onConflict: () => void;
}

const anchors = { outcome: 'task-outcome-0', comment: 'task-comment' };

/** The task's form with its outcome choice; the server checks the answers and its errors are shown NHS-style. */
export function TaskForm({ task, onCompleted, onConflict }: TaskFormProps) {
  const fields = useMemo(() => task.form?.fields ?? [], [task.form]);
  const [values, setValues] = useState(() => initialValues(fields, task.data));
  const [outcome, setOutcome] = useState(task.outcomes.length > 1 ? '' : (task.outcomes[0] ?? ''));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const summary = useMemo(() => summaryErrors(fields, errors, anchors), [fields, errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (task.outcomes.length > 1 && outcome === '') {
      setErrors({ outcome: ['Choose what happened.'] });
      return;
    }
    setSending(true);
    try {
      const result = await completeTask(task.id, outcome || null, toSubmission(fields, values), comment.trim() || null);
      onCompleted(result.outcome);
    } catch (error) {
      setSending(false);
      if (error instanceof ApiProblem && error.status === 409) onConflict();
      else setErrors(problemErrors(error));
    }
  }

  const set = (name: string) => (value: FieldValue) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="task-form-title">
      <FieldErrorSummary errors={summary} />
      <h2 className="nhsuk-heading-m" id="task-form-title">
        {fields.length > 0 ? 'Your answers' : 'Complete this task'}
      </h2>
      {fields.map((field) => (
        <FormFieldControl
          key={field.name}
          field={field}
          value={values[field.name]}
          error={firstError(errors, field.name)}
          onChange={set(field.name)}
        />
      ))}
      {task.outcomes.length > 1 && (
        <RadiosControl
          chrome={{ id: 'task-outcome', label: 'What happened?', error: firstError(errors, 'outcome') }}
          options={task.outcomes}
          value={outcome}
          onChange={setOutcome}
        />
      )}
      <LongTextControl
        chrome={{ id: 'task-comment', label: 'Note for the record', optional: true, error: firstError(errors, 'comment') }}
        value={comment}
        onChange={setComment}
      />
      <button type="submit" className="nhsuk-button" disabled={sending}>
        {sending ? 'Sending…' : 'Complete task'}
      </button>
    </form>
  );
}
