import { use, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SummarySlot } from './summary-slot';

export interface SummaryError {
  /** The id of the control to move to, if the error belongs to one. */
  target?: string | undefined;
  message: string;
}

/**
 * The NHS.UK error summary with links to the fields at fault. It takes focus when errors appear so they are read
 * out, and each link moves focus into its field, which also scrolls it into view (a plain fragment link would only scroll).
 */
export function FieldErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const slot = use(SummarySlot);
  const box = useRef<HTMLDivElement>(null);
  // Keyed on the text, not the array, so typing (which re-renders the form) does not pull focus back here.
  const text = errors.map((e) => e.message).join('\n');
  useEffect(() => {
    if (text !== '') box.current?.focus();
  }, [text]);
  if (errors.length === 0) return null;
  const summary = (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={box}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.target ?? ''}:${error.message}`}>
              {error.target ? (
                <a
                  href={`#${error.target}`}
                  onClick={(e) => {
                    const control = document.getElementById(error.target ?? '');
                    if (!control) return;
                    e.preventDefault();
                    control.focus();
                  }}
                >
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
  return slot ? createPortal(summary, slot) : summary;
}
