import { useId, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';

/** One line of an error summary. */
export interface SummaryError {
  message: string;
  /** The id of the field at fault: the line links to it (`#id`) and a click moves focus into it. */
  target?: string | undefined;
  /** Replaces the move to `target` when a click must do more, e.g. select a step on the designer's canvas. */
  follow?: (() => void) | undefined;
}

interface ErrorSummaryProps {
  title?: ReactNode;
  errors: readonly (string | SummaryError)[];
  /** A sentence under the title, before the list. */
  description?: ReactNode;
  /**
   * Whether it takes focus when its errors change, so they are read out at once (the default, for errors that come
   * from pressing a button). A summary that updates as someone types passes false: it is announced politely instead,
   * because pulling focus out of the field they are in would be worse than the problem.
   */
  takeFocus?: boolean;
  className?: string;
}

const line = (error: string | SummaryError): SummaryError => (typeof error === 'string' ? { message: error } : error);

/**
 * The NHS.UK error summary. Each error that belongs to a field links to it; following the link moves focus into the
 * field, which also scrolls it into view (a plain fragment link would only scroll).
 */
export function ErrorSummary({ title = 'There is a problem', errors, description, takeFocus = true, className }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const lines = errors.map(line);
  // Keyed on the text, not the array, so re-rendering the form as someone types does not pull focus back here.
  // A layout effect, so focus moves in the same commit that shows the summary: with a passive effect, focus stayed
  // on the submit button for a moment after the summary appeared, long enough for a screen reader (or a test) to
  // find the summary without focus.
  const text = lines.map((e) => e.message).join('\n');
  useLayoutEffect(() => {
    if (takeFocus && text !== '') box.current?.focus();
  }, [takeFocus, text]);
  if (lines.length === 0) return null;

  const follow = (event: MouseEvent, error: SummaryError) => {
    if (error.follow) {
      event.preventDefault();
      error.follow();
      return;
    }
    const field = document.getElementById(error.target ?? '');
    if (!field) return;
    event.preventDefault();
    field.focus();
  };

  return (
    <div
      className={`nhsuk-error-summary${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      {...(takeFocus ? { role: 'alert', tabIndex: -1 } : { 'aria-live': 'polite' as const })}
      ref={box}
    >
      <h2 className="nhsuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        {description ? <p>{description}</p> : null}
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {lines.map((error, index) => (
            <li key={`${error.target ?? ''}:${error.message}:${String(index)}`}>
              {error.target ? (
                <a href={`#${error.target}`} onClick={(event) => { follow(event, error); }}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
