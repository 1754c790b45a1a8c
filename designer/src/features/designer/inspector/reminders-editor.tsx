import { readStringList, writeObject } from '@/lib/elsa/inputs';
import { describeReminder, formatReminder, parseReminder, type ReminderSpec } from '@/lib/elsa/reminders';
import { NumberField } from './fields/number-field';
import { SelectField } from './fields/select-field';
import type { PanelProps } from './panel-props';

const timings = [
  { value: 'before', label: 'before the due date' },
  { value: 'on', label: 'on the due date' },
  { value: 'after', label: 'after the due date' },
];

/** Reminders as "3 days before" / "on the day", stored as ISO offsets (-P3D, P0D). */
export function RemindersEditor({ activity, onChange }: PanelProps) {
  const offsets = readStringList(activity, 'reminders') ?? [];
  const write = (next: string[], key: string) => {
    onChange(writeObject(activity, 'reminders', next.length > 0 ? next : undefined), `reminders.${key}`);
  };
  const update = (index: number, spec: ReminderSpec) => {
    write(offsets.map((o, i) => (i === index ? formatReminder(spec) : o)), String(index));
  };
  return (
    <fieldset className="nhsuk-fieldset nhsuk-form-group">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Reminders</legend>
      <div className="nhsuk-hint">Sent at 9am while the step is still open. Keep them few.</div>
      {offsets.length === 0 ? <p>No reminders.</p> : null}
      <ul className="pf-rows">
        {offsets.map((offset, index) => {
          const spec = parseReminder(offset);
          const name = `Reminder ${index + 1}`;
          return (
            <li key={index} className="pf-row" aria-label={`${name}: ${describeReminder(offset)}`}>
              {spec ? (
                <>
                  {spec.timing === 'on' ? null : (
                    <NumberField
                      inline
                      label={`${name}: how many days`}
                      min={1}
                      value={spec.amount}
                      onChange={(amount) => {
                        update(index, { ...spec, amount: Math.max(1, amount ?? 1) });
                      }}
                    />
                  )}
                  {spec.timing === 'on' ? null : <span>{spec.amount === 1 ? 'day' : 'days'}</span>}
                  <SelectField
                    inline
                    label={`${name}: when`}
                    value={spec.timing}
                    choices={timings}
                    onChange={(timing) => {
                      const amount = spec.amount || 3;
                      update(index, { ...spec, unit: 'days', amount, timing: timing as ReminderSpec['timing'] });
                    }}
                  />
                </>
              ) : (
                <span>{offset}</span>
              )}
              <button
                type="button"
                className="pf-link-button"
                onClick={() => {
                  write(
                    offsets.filter((_, i) => i !== index),
                    'remove',
                  );
                }}
              >
                Remove <span className="nhsuk-u-visually-hidden">{name.toLowerCase()}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          write([...offsets, offsets.includes('P0D') ? '-P3D' : 'P0D'], 'add');
        }}
      >
        Add a reminder
      </button>
    </fieldset>
  );
}
