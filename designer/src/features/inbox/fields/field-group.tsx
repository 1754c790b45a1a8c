import type { ReactNode } from 'react';
import { describedBy, type FieldChrome } from './described-by';

export type { FieldChrome };

function HintAndError({ id, hint, error }: FieldChrome) {
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
    </>
  );
}

const groupClass = (error: string | undefined) => `nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`;
const labelText = ({ label, optional }: FieldChrome) => (optional ? `${label} (optional)` : label);

/** An NHS.UK form group for a single control: label, hint, inline error, then the control. */
export function LabelledGroup({ chrome, children }: { chrome: FieldChrome; children: ReactNode }) {
  return (
    <div className={groupClass(chrome.error)}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={chrome.id}>
        {labelText(chrome)}
      </label>
      <HintAndError {...chrome} />
      {children}
    </div>
  );
}

/** An NHS.UK fieldset for a group of controls (radios, tick boxes, date parts, a grid row set). */
export function FieldsetGroup({ chrome, children }: { chrome: FieldChrome; children: ReactNode }) {
  return (
    <div className={groupClass(chrome.error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(chrome)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{labelText(chrome)}</legend>
        <HintAndError {...chrome} />
        {children}
      </fieldset>
    </div>
  );
}
