import { readStringList, writeObject } from '@/lib/elsa/inputs';
import { InstructionsField, RoleInputField, StageField, TitleField } from './common-fields';
import { DueEditor } from './due-editor';
import { EscalationEditor } from './escalation-editor';
import { CheckboxList } from './fields/checkbox-list';
import type { PanelContext, PanelProps } from './panel-props';
import { RemindersEditor } from './reminders-editor';

export function SignOffPanel({ context, ...props }: PanelProps & { context: PanelContext }) {
  const { activity, onChange } = props;
  return (
    <>
      <TitleField {...props} />
      <InstructionsField {...props} />
      <RoleInputField {...props} input="approverRole" label="Who signs it off" />
      <StageField {...props} stages={context.stages} />
      <CheckboxList
        legend="Which tasks does this sign off?"
        hint="If the approver returns the step, these tasks reopen and show the comment. Connect “Returned” back to the first of them."
        choices={context.workSteps.map((step) => ({ value: step.id, label: step.title }))}
        values={readStringList(activity, 'signsOff') ?? []}
        onChange={(ids) => {
          onChange(writeObject(activity, 'signsOff', ids.length > 0 ? ids : undefined), 'signsOff');
        }}
      />
      <DueEditor {...props} />
      <RemindersEditor {...props} />
      <EscalationEditor {...props} />
    </>
  );
}
