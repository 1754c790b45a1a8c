import { useState, type SyntheticEvent } from 'react';
import { ApiProblem } from '@/lib/api/client';
import { FieldErrorSummary } from './field-error-summary';
import { RadiosControl } from './fields/choice-controls';
import { LongTextControl } from './fields/text-controls';
import { decideSignOff, type SignOffDecision } from './inbox-api';
import { firstError, problemErrors, summaryErrors, type FieldErrors } from './task-errors';

interface SignOffFormProps {
  taskId: string;
  onDecided: (decision: SignOffDecision) => void;
  onConflict: () => void;
}

const choices: Record<string, SignOffDecision> = { 'Approve': 'Approved', 'Return for changes': 'Returned' };
const anchors = { decision: 'sign-off-decision-0', comment: 'sign-off-comment' };
const returnNeedsComment = 'Say what needs to change before this can be signed off.';

/** For the approver: approve the work, or return it with a comment saying what needs to change. */
export function SignOffForm({ taskId, onDecided, onConflict }: SignOffFormProps) {
  const [choice, setChoice] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const decision = choices[choice];

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!decision) {
      setErrors({ decision: ['Choose whether to approve or return the work.'] });
      return;
    }
    // The server insists on this too; saying so here saves a round trip and keeps the message beside the box.
    if (decision === 'Returned' && comment.trim() === '') {
      setErrors({ comment: [returnNeedsComment] });
      return;
    }
    setSending(true);
    try {
      await decideSignOff(taskId, decision, comment.trim() || null);
      onDecided(decision);
    } catch (error) {
      setSending(false);
      if (error instanceof ApiProblem && error.status === 409) onConflict();
      else setErrors(problemErrors(error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sign-off-title">
      <FieldErrorSummary errors={summaryErrors([], errors, anchors)} />
      <h2 className="nhsuk-heading-m" id="sign-off-title">
        Your decision
      </h2>
      <RadiosControl
        chrome={{ id: 'sign-off-decision', label: 'Do you approve this work?', error: firstError(errors, 'decision') }}
        options={Object.keys(choices)}
        value={choice}
        onChange={setChoice}
      />
      <LongTextControl
        chrome={{
          id: 'sign-off-comment',
          label: decision === 'Returned' ? 'What needs to change?' : 'Comment',
          hint: 'Needed if you return the work. The people doing it will see this.',
          optional: decision !== 'Returned',
          error: firstError(errors, 'comment'),
        }}
        value={comment}
        onChange={setComment}
      />
      <button type="submit" className="nhsuk-button" disabled={sending}>
        {sending ? 'Sending…' : decision === 'Returned' ? 'Return the work' : decision === 'Approved' ? 'Approve' : 'Send decision'}
      </button>
    </form>
  );
}
