import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiProblem } from '@/lib/api/client';
import { roleLabel } from '@/lib/elsa/roles';
import type { InboxLocationState } from './inbox-page';
import { loadTask, type TaskDetail } from './inbox-api';
import { SignOffForm } from './sign-off-form';
import { SignOffHistory } from './sign-off-history';
import { SummarySlot } from './summary-slot';
import { TaskComments } from './task-comments';
import { TaskEvidence } from './task-evidence';
import { TaskForm } from './task-form';
import { TaskSummary } from './task-summary';
import { usePageTitle } from '@/components/use-page-title';
import { londonToday } from './working-days';
import './inbox.css';
import { ErrorSummary } from '@/components/error-summary';

type State = { kind: 'loading' } | { kind: 'loaded'; task: TaskDetail; version: number } | { kind: 'error'; message: string };

const conflictMessage =
  'Someone else changed this task while you were working on it. We have loaded the latest version: check it before you carry on.';

/** `/inbox/tasks/:id`: one task with its instructions, form or sign-off decision, evidence and comments. */
export function TaskPage({ taskId }: { taskId: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [conflict, setConflict] = useState(false);
  const [summarySlot, setSummarySlot] = useState<HTMLDivElement | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  usePageTitle(state.kind === 'loaded' ? `${state.task.title} – Inbox` : 'Task – Inbox');

  const load = useCallback(
    (version: number) =>
      loadTask(taskId).then(
        (task) => {
          setState({ kind: 'loaded', task, version });
        },
        (error: unknown) => {
          const message = error instanceof ApiProblem && error.status === 404 ? 'There is no such task, or it is not one you can see.' : String(error instanceof Error ? error.message : error);
          setState({ kind: 'error', message });
        },
      ),
    [taskId],
  );

  useEffect(() => {
    void load(0);
  }, [load]);

  // In the commit that shows the notice, as ErrorSummary does, so nothing reads the page before focus is on it.
  useLayoutEffect(() => {
    if (conflict && state.kind === 'loaded') notice.current?.focus();
  }, [conflict, state]);

  const finish = (done: string) => {
    const state: InboxLocationState = { done };
    void navigate('/inbox', { state });
  };
  // A 409 means the task moved on (someone else completed it, or the programme changed); reload and say so.
  const reload = () => {
    setConflict(true);
    if (state.kind === 'loaded') void load(state.version + 1);
  };

  return (
    <div className="nhsuk-width-container pf-inbox">
      <Link className="nhsuk-back-link" to="/inbox">
        Back to your tasks
      </Link>
      {state.kind === 'loading' && <p role="status">Loading the task…</p>}
      {state.kind === 'error' && (
        <ErrorSummary title="This task could not be opened" errors={[state.message]} />
      )}
      {conflict && state.kind === 'loaded' && (
        <div className="nhsuk-notification-banner" role="region" aria-labelledby="conflict-title" tabIndex={-1} ref={notice}>
          <div className="nhsuk-notification-banner__header">
            <h2 className="nhsuk-notification-banner__title" id="conflict-title">
              Important
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">{conflictMessage}</p>
          </div>
        </div>
      )}
      <div ref={setSummarySlot} />
      {state.kind === 'loaded' && (
        <SummarySlot value={summarySlot}>
          <LoadedTask key={state.version} task={state.task} onFinished={finish} onConflict={reload} />
        </SummarySlot>
      )}
    </div>
  );
}

interface LoadedTaskProps {
  task: TaskDetail;
  onFinished: (done: string) => void;
  onConflict: () => void;
}

function LoadedTask({ task, onFinished, onConflict }: LoadedTaskProps) {
  const open = task.state === 'Open';
  return (
    <>
      <TaskSummary task={task} today={londonToday(new Date())} />
      {open && task.canAct && task.kind === 'SignOff' && (
        <SignOffForm
          taskId={task.id}
          onDecided={(decision) => {
            onFinished(decision === 'Approved' ? `You approved “${task.title}”.` : `You returned “${task.title}” with your comment.`);
          }}
          onConflict={onConflict}
        />
      )}
      {open && task.canAct && task.kind !== 'SignOff' && (
        <TaskForm
          task={task}
          onCompleted={(outcome) => {
            onFinished(`You completed “${task.title}”${outcome && task.outcomes.length > 1 ? ` (${outcome})` : ''}.`);
          }}
          onConflict={onConflict}
        />
      )}
      {open && !task.canAct && (
        <div className="nhsuk-inset-text">
          <p>
            This task is for: {roleLabel(task.ownerRole)}. You can see it and add comments, but someone in that role needs to{' '}
            {task.kind === 'SignOff' ? 'decide it' : 'complete it'}.
          </p>
        </div>
      )}
      <SignOffHistory decisions={task.signOffDecisions} />
      <TaskEvidence taskId={task.id} initial={task.evidence} open={open} />
      <TaskComments taskId={task.id} initial={task.comments} />
    </>
  );
}
