import { useId } from 'react';
import { parseDuration } from '@/lib/elsa/durations';
import { readObject, writeObject } from '@/lib/elsa/inputs';
import { isJsonObject } from '@/lib/elsa/json';
import { NumberField } from './fields/number-field';
import { RoleField } from './fields/role-field';
import type { PanelProps } from './panel-props';

/** Escalation as "after N days overdue, to a role", stored as `{ after: "PND", to }`. */
export function EscalationEditor({ activity, onChange }: PanelProps) {
  const id = useId();
  const value = readObject(activity, 'escalation');
  const escalation = isJsonObject(value) ? value : null;
  const days = typeof escalation?.after === 'string' ? (parseDuration(escalation.after)?.amount ?? 5) : 5;
  const to = typeof escalation?.to === 'string' ? escalation.to : 'SupportPerson';
  const write = (next: { after: string; to: string } | null, key: string) => {
    onChange(writeObject(activity, 'escalation', next ? { ...escalation, ...next } : undefined), `escalation.${key}`);
  };
  return (
    <fieldset className="nhsuk-fieldset nhsuk-form-group">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">If it is overdue</legend>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={escalation !== null}
            onChange={(e) => {
              write(e.target.checked ? { after: `P${days}D`, to } : null, 'on');
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            Escalate it to someone else
          </label>
        </div>
      </div>
      {escalation ? (
        <div className="pf-inline-fields">
          <NumberField
            label="Days overdue before escalating"
            min={0}
            value={days}
            onChange={(n) => {
              write({ after: `P${Math.max(0, n ?? 0)}D`, to }, 'after');
            }}
          />
          <RoleField
            label="Escalate to"
            value={to}
            onChange={(role) => {
              write({ after: `P${days}D`, to: role }, 'to');
            }}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
