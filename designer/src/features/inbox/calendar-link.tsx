import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiProblem } from '@/lib/api/client';
import { CalendarHelp } from './calendar-help';
import { loadCalendarLink, rotateCalendarLink } from './inbox-api';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'copy-by-hand' } | { kind: 'rotated' } | { kind: 'error'; message: string };

const statusText = (status: Status) =>
  status.kind === 'copied'
    ? 'Link copied. Paste it into your calendar.'
    : status.kind === 'copy-by-hand'
      ? 'Your browser did not let us copy. The link is selected: press Ctrl+C (or Cmd+C) to copy it.'
      : status.kind === 'rotated'
        ? 'Your new link is ready. Add it to your calendar and remove the old one, which no longer works.'
        : '';

/** "Add your tasks to your calendar": the personal feed link, a copy button, instructions, and a way to replace it. */
export function CalendarLink() {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    loadCalendarLink().then(
      (link) => {
        setUrl(link.url);
      },
      (error: unknown) => {
        setStatus({ kind: 'error', message: error instanceof ApiProblem ? error.message : 'Your calendar link could not be loaded.' });
      },
    );
  }, []);

  // In the commit that shows the confirmation, as ErrorSummary does.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function copy() {
    if (url === null) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      input.current?.select();
      setStatus({ kind: 'copy-by-hand' });
    }
  }

  async function rotate() {
    setConfirming(false);
    try {
      setUrl((await rotateCalendarLink()).url);
      setStatus({ kind: 'rotated' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof ApiProblem ? error.message : 'A new link could not be made.' });
    }
    input.current?.focus();
  }

  return (
    <section className="pf-calendar" aria-labelledby="calendar-title">
      <h2 className="nhsuk-heading-m" id="calendar-title">
        Add your tasks to your calendar
      </h2>
      <p>Your due dates and reviews can appear in Outlook or Google Calendar, and stay up to date by themselves.</p>
      {status.kind === 'error' && <p className="nhsuk-error-message">{status.message}</p>}
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="calendar-url">
          Your calendar link
        </label>
        <div className="nhsuk-hint" id="calendar-url-hint">
          Keep it to yourself: anyone with this link can see your tasks and due dates.
        </div>
        <div className="pf-calendar__copy">
          <input
            className="nhsuk-input"
            id="calendar-url"
            type="text"
            readOnly
            value={url ?? 'Loading…'}
            aria-describedby="calendar-url-hint"
            ref={input}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={url === null} onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p className="nhsuk-body-s" role="status">
          {statusText(status)}
        </p>
      </div>
      <CalendarHelp />
      {confirming ? (
        <div className="nhsuk-warning-callout" role="group" aria-labelledby="rotate-title">
          <h3 className="nhsuk-warning-callout__label" id="rotate-title">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Get a new link?
            </span>
          </h3>
          <p>Your current link will stop working straight away. Any calendar using it will stop updating until you add the new one.</p>
          <div className="pf-button-row">
            <button type="button" className="nhsuk-button nhsuk-button--warning" ref={confirmButton} onClick={() => void rotate()}>
              Yes, get a new link
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => {
                setConfirming(false);
              }}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p>
          If someone else may have your link, get a new one.{' '}
          <button type="button" className="pf-link-button" disabled={url === null} onClick={() => {
              setConfirming(true);
            }}>
            Get a new calendar link
          </button>
        </p>
      )}
    </section>
  );
}
