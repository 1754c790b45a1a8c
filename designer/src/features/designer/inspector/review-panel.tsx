import { parseDuration } from '@/lib/elsa/durations';
import { readStringList, readText, writeObject, writeText } from '@/lib/elsa/inputs';
import { roles } from '@/lib/elsa/roles';
import {
  InstructionsField,
  ListInputField,
  OutcomesField,
  RoleInputField,
  StageField,
  TitleField,
} from './common-fields';
import { DueEditor } from './due-editor';
import { EscalationEditor } from './escalation-editor';
import { CheckboxList } from './fields/checkbox-list';
import { NumberField } from './fields/number-field';
import { FormBuilder } from './form-builder';
import type { PanelContext, PanelProps } from './panel-props';
import { RemindersEditor } from './reminders-editor';

export function ReviewPanel({ context, ...props }: PanelProps & { context: PanelContext }) {
  const { activity, onChange } = props;
  const opensBefore = parseDuration(readText(activity, 'opensBefore') ?? 'P7D');
  return (
    <>
      <TitleField {...props} />
      <InstructionsField {...props} />
      <RoleInputField {...props} input="ownerRole" label="Who leads the review" />
      <StageField {...props} stages={context.stages} />
      <DueEditor
        {...props}
        input="scheduledDay"
        legend="When is the review?"
        modes={['programme-day', 'year-day', 'formula']}
      />
      {opensBefore?.unit === 'days' ? (
        <NumberField
          label="Days before the review that it appears in the task list"
          hint="Usually 7"
          min={0}
          value={opensBefore.amount}
          onChange={(days) => {
            const next = days === undefined ? '' : `P${String(Math.max(0, days))}D`;
            onChange(writeText(activity, 'opensBefore', next), 'opensBefore');
          }}
        />
      ) : null}
      <CheckboxList
        legend="Who takes part"
        choices={roles}
        values={readStringList(activity, 'participants') ?? []}
        onChange={(values) => {
          onChange(writeObject(activity, 'participants', values.length > 0 ? values : undefined), 'participants');
        }}
      />
      <ListInputField {...props} input="checklist" label="Checklist" hint="Each line is shown as a tick box" />
      <RemindersEditor {...props} />
      <EscalationEditor {...props} />
      <OutcomesField {...props} />
      <FormBuilder {...props} />
    </>
  );
}
