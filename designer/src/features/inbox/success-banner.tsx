import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The NHS.UK success notification banner; it takes focus so the confirmation is read out first. */
export function SuccessBanner({ heading, children }: { heading: string; children?: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null);
  // A layout effect, as in ErrorSummary: focus moves in the commit that shows the banner, not a moment after it.
  useLayoutEffect(() => {
    banner.current?.focus();
  }, [heading]);
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      tabIndex={-1}
      ref={banner}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
