import { useId } from 'react';
import { describeDue, readDue, writeDue, type DueSpec } from '@/lib/elsa/due';
import { CheckboxField } from './fields/checkbox-field';
import { NumberField } from './fields/number-field';
import { SelectField } from './fields/select-field';
import { TextField } from './fields/text-field';
import type { PanelProps } from './panel-props';

type Mode = DueSpec['kind'];
type AfterUnit = 'working days' | 'days' | 'weeks' | 'months';

const modeLabels: Record<Mode, string> = {
  none: 'No due date',
  'programme-day': 'A day of the programme',
  'year-day': 'A day of each programme year (repeats yearly)',
  'after-previous': 'A time after the previous step',
  formula: 'A formula (for developers)',
};

function switchMode(spec: DueSpec, mode: Mode): DueSpec {
  const workingDays = spec.kind === 'none' ? true : spec.workingDays;
  const number = spec.kind === 'programme-day' || spec.kind === 'year-day' ? spec.day : spec.kind === 'after-previous' ? spec.amount : 0;
  switch (mode) {
    case 'none':
      return { kind: 'none' };
    case 'programme-day':
    case 'year-day':
      return { kind: mode, day: number, workingDays };
    case 'after-previous':
      return { kind: mode, amount: Math.max(0, number), unit: 'days', workingDays };
    case 'formula':
      return { kind: mode, text: spec.kind === 'formula' ? spec.text : '', workingDays };
  }
}

interface DueEditorProps extends PanelProps {
  input?: 'due' | 'scheduledDay';
  legend?: string;
  modes?: readonly Mode[];
}

/** "Day N of the programme" or "N working days after the previous step", written as D+N or PND. */
export function DueEditor({ activity, onChange, input = 'due', legend = 'When is it due?', modes }: DueEditorProps) {
  const id = useId();
  const spec = readDue(activity, input);
  const allowed = modes ?? (['none', 'programme-day', 'year-day', 'after-previous', 'formula'] as const);
  const write = (next: DueSpec, key: string) => {
    onChange(writeDue(activity, next, input), `${input}.${key}`);
  };
  return (
    <fieldset className="nhsuk-fieldset nhsuk-form-group" aria-describedby={`${id}-summary`}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
      <p className="pf-inspector__summary" id={`${id}-summary`} aria-live="polite">
        {describeDue(spec)}
      </p>
      <SelectField
        label="Due"
        value={spec.kind}
        choices={allowed.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
        onChange={(mode) => {
          write(switchMode(spec, mode as Mode), 'mode');
        }}
      />
      <DueDetails spec={spec} write={write} />
    </fieldset>
  );
}

function DueDetails({ spec, write }: { spec: DueSpec; write: (next: DueSpec, key: string) => void }) {
  const workingDaysBox =
    spec.kind === 'none' || spec.kind === 'after-previous' ? null : (
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
        <CheckboxField
          label="If it falls on a weekend or bank holiday, move it to the next working day"
          checked={spec.workingDays}
          onChange={(workingDays) => {
            write({ ...spec, workingDays }, 'workingDays');
          }}
        />
      </div>
    );
  switch (spec.kind) {
    case 'none':
      return null;
    case 'programme-day':
    case 'year-day':
      return (
        <>
          <NumberField
            label="Day"
            hint="Day 0 is the programme's start date. Use a minus number for days before it."
            value={spec.day}
            onChange={(day) => {
              write({ ...spec, day: day ?? 0 }, 'day');
            }}
          />
          {workingDaysBox}
        </>
      );
    case 'after-previous': {
      const unit: AfterUnit = spec.unit === 'days' ? (spec.workingDays ? 'working days' : 'days') : spec.unit;
      return (
        <div className="pf-inline-fields">
          <NumberField
            label="How many"
            min={0}
            value={spec.amount}
            onChange={(amount) => {
              write({ ...spec, amount: Math.max(0, amount ?? 0) }, 'amount');
            }}
          />
          <SelectField
            label="Of what"
            value={unit}
            choices={[
              { value: 'working days', label: 'working days' },
              { value: 'days', label: 'calendar days' },
              { value: 'weeks', label: 'weeks' },
              { value: 'months', label: 'months' },
            ]}
            onChange={(value) => {
              const next = value as AfterUnit;
              const workingDays = next === 'working days' ? true : next === 'days' ? false : spec.workingDays;
              write({ ...spec, unit: next === 'working days' ? 'days' : next, workingDays }, 'unit');
            }}
          />
        </div>
      );
    }
    case 'formula':
      return (
        <>
          <TextField
            label="Formula"
            hint="JavaScript returning a date. Ask a developer before changing it."
            multiline
            value={spec.text}
            onChange={(text) => {
              write({ ...spec, text }, 'formula');
            }}
          />
          {workingDaysBox}
        </>
      );
  }
}
