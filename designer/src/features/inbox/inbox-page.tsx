import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiProblem } from '@/lib/api/client';
import { CalendarLink } from './calendar-link';
import { loadInbox, type InboxItem } from './inbox-api';
import { InboxList } from './inbox-list';
import { SuccessBanner } from './success-banner';
import { londonToday } from './working-days';
import './inbox.css';
import { ErrorSummary } from '@/components/error-summary';

interface Loaded {
  items: InboxItem[];
  total: number;
  page: number;
}

interface More {
  loading: boolean;
  error: string | null;
}

type State = { kind: 'loading' } | { kind: 'loaded'; inbox: Loaded; more: More } | { kind: 'error'; message: string };

const idle: More = { loading: false, error: null };

const problemText = (error: unknown) => (error instanceof ApiProblem ? error.message : 'Your tasks could not be loaded.');

/** Where the task page leaves a confirmation after completing a task. */
export interface InboxLocationState {
  done?: string;
}

/** `/inbox`: a CD's or practice staff member's open tasks, grouped by when they are due, and their calendar link. */
export function InboxPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const done = (useLocation().state as InboxLocationState | null)?.done;
  const today = londonToday(new Date());

  useEffect(() => {
    loadInbox(1).then(
      (page) => {
        setState({ kind: 'loaded', inbox: { items: page.items, total: Number(page.total), page: 1 }, more: idle });
      },
      (error: unknown) => {
        setState({ kind: 'error', message: problemText(error) });
      },
    );
  }, []);

  useEffect(() => {
    // Read by the browser tests' first-render figure: from navigation to the list on screen.
    if (state.kind === 'loaded') performance.mark('pcnflow:inbox-rendered');
  }, [state.kind]);

  async function showMore(inbox: Loaded) {
    setState({ kind: 'loaded', inbox, more: { loading: true, error: null } });
    try {
      const next = await loadInbox(inbox.page + 1);
      const items = [...inbox.items, ...next.items];
      setState({ kind: 'loaded', inbox: { items, total: Number(next.total), page: inbox.page + 1 }, more: idle });
    } catch (error) {
      setState({ kind: 'loaded', inbox, more: { loading: false, error: problemText(error) } });
    }
  }

  return (
    <div className="nhsuk-width-container pf-inbox">
      {done && <SuccessBanner heading={done} />}
      <h1 className="nhsuk-heading-l">Your tasks</h1>
      {state.kind === 'loading' && <p role="status">Loading your tasks…</p>}
      {state.kind === 'error' && <ErrorSummary errors={[state.message]} />}
      {state.kind === 'loaded' && state.inbox.items.length === 0 && (
        <div className="nhsuk-inset-text">
          <p>You have no open tasks. When a programme needs something from you, it will appear here.</p>
        </div>
      )}
      {state.kind === 'loaded' && state.inbox.items.length > 0 && (
        <>
          <p className="nhsuk-body-l">
            You have {state.inbox.total} open {state.inbox.total === 1 ? 'task' : 'tasks'}.
          </p>
          <InboxList items={state.inbox.items} today={today} />
          {state.inbox.items.length < state.inbox.total && (
            <p>
              {state.more.error && <span className="nhsuk-error-message">{state.more.error}</span>}
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                disabled={state.more.loading}
                onClick={() => void showMore(state.inbox)}
              >
                Show more tasks ({state.inbox.total - state.inbox.items.length} more)
              </button>
            </p>
          )}
        </>
      )}
      <CalendarLink />
    </div>
  );
}
