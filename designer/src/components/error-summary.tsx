import { useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  title?: string;
  errors: readonly string[];
}

/** The NHS.UK error summary; it takes focus when it appears so screen readers announce it. */
export function ErrorSummary({ title = 'There is a problem', errors }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const text = errors.join('\n');
  useEffect(() => {
    if (text !== '') box.current?.focus();
  }, [text]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={box}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
