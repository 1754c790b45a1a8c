import type { ReactNode } from 'react';

interface FormGroupProps {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}

/** An NHS.UK form group: label, optional hint, then the control. */
export function FormGroup({ id, label, hint, children }: FormGroupProps) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
    </div>
  );
}
