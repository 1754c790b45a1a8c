import { readBoolean, readExpression, readText, writeBoolean, writeInput } from '@/lib/elsa/inputs';
import { isJsonObject } from '@/lib/elsa/json';
import { forkBranches } from '@/lib/elsa/ports';
import { LabelField, TextInputField } from './common-fields';
import { CheckboxField } from './fields/checkbox-field';
import { ListField } from './fields/list-field';
import { NumberField } from './fields/number-field';
import { SelectField } from './fields/select-field';
import { TextField } from './fields/text-field';
import type { PanelProps } from './panel-props';

export function DecisionPanel(props: PanelProps) {
  const { activity, onChange } = props;
  const expression = readExpression(activity, 'condition');
  return (
    <>
      <LabelField {...props} label="Question shown on the diagram" />
      <TextField
        label="Condition (formula)"
        hint="True goes one way, False the other. This is a formula: ask a developer before changing it."
        multiline
        value={typeof expression?.value === 'string' ? expression.value : ''}
        onChange={(value) => {
          onChange(writeInput(activity, 'condition', 'Boolean', { type: expression?.type ?? 'JavaScript', value }), 'condition');
        }}
      />
    </>
  );
}

export function ForkPanel(props: PanelProps) {
  const { activity, onChange } = props;
  return (
    <>
      <LabelField {...props} />
      <ListField
        label="Tracks that run at the same time"
        hint="One a line. Each track is a way out of this step."
        values={forkBranches(activity)}
        onChange={(names) => {
          const value = names.map((n) => n.replace(/,/g, ' ')).join(',');
          const typeName = isJsonObject(activity.branches) && typeof activity.branches.typeName === 'string' ? activity.branches.typeName : 'String';
          onChange(writeInput(activity, 'branches', typeName, { type: 'Literal', value }), 'branches');
        }}
      />
    </>
  );
}

export function JoinPanel(props: PanelProps) {
  const { activity, onChange } = props;
  const mode = readText(activity, 'mode') ?? 'WaitAll';
  return (
    <>
      <LabelField {...props} />
      <SelectField
        label="When does it go on?"
        value={mode}
        choices={[
          { value: 'WaitAll', label: 'When every track has arrived' },
          { value: 'WaitAny', label: 'As soon as the first track arrives' },
        ]}
        onChange={(value) => {
          const typeName = isJsonObject(activity.mode) && typeof activity.mode.typeName === 'string' ? activity.mode.typeName : 'String';
          onChange(writeInput(activity, 'mode', typeName, { type: 'Literal', value }), 'mode');
        }}
      />
    </>
  );
}

const wholeDays = /^(\d+)\.00:00:00$|^00:00:00$/;

export function DelayPanel(props: PanelProps) {
  const { activity, onChange } = props;
  const span = readText(activity, 'timeSpan') ?? '';
  const match = wholeDays.exec(span);
  return (
    <>
      <LabelField {...props} />
      {match || span === '' ? (
        <NumberField
          label="How many days to wait"
          min={0}
          value={match ? Number(match[1] ?? 0) : undefined}
          onChange={(days) => {
            const value = `${String(Math.max(0, days ?? 0))}.00:00:00`;
            onChange(writeInput(activity, 'timeSpan', 'TimeSpan', { type: 'Literal', value }), 'timeSpan');
          }}
        />
      ) : (
        <TextField
          label="How long to wait (days.hours:minutes:seconds)"
          value={span}
          onChange={(value) => {
            onChange(writeInput(activity, 'timeSpan', 'TimeSpan', { type: 'Literal', value }), 'timeSpan');
          }}
        />
      )}
    </>
  );
}

export function EventPanel(props: PanelProps) {
  return (
    <>
      <LabelField {...props} />
      <TextInputField {...props} input="eventName" label="Name of the event to wait for" />
    </>
  );
}

export function ChildWorkflowPanel(props: PanelProps) {
  const { activity, onChange } = props;
  return (
    <>
      <LabelField {...props} />
      <TextInputField
        {...props}
        input="workflowDefinitionId"
        label="Programme to start"
        hint="Its definition id, for example first-100-days"
      />
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
        <CheckboxField
          label="Wait for it to finish before going on"
          checked={readBoolean(activity, 'waitForCompletion') ?? false}
          onChange={(wait) => {
            onChange(writeBoolean(activity, 'waitForCompletion', wait), 'waitForCompletion');
          }}
        />
      </div>
      {readExpression(activity, 'input') ? <p>Its starting details are set by a formula and kept as they are.</p> : null}
    </>
  );
}

const bookkeeping = new Set(['id', 'type', 'version', 'metadata', 'customProperties', 'name', 'source', 'line']);

export function GenericPanel(props: PanelProps) {
  const settings = Object.keys(props.activity).filter((key) => !bookkeeping.has(key) && isJsonObject(props.activity[key]));
  return (
    <>
      <LabelField {...props} />
      {settings.length > 0 ? (
        <p>
          This is a technical step ({props.activity.type}). Its settings ({settings.join(', ')}) are kept exactly as they
          are.
        </p>
      ) : null}
    </>
  );
}
