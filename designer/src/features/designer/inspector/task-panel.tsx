import {
  InstructionsField,
  OutcomesField,
  RoleInputField,
  StageField,
  TitleField,
} from './common-fields';
import { DueEditor } from './due-editor';
import { EscalationEditor } from './escalation-editor';
import { FormBuilder } from './form-builder';
import type { PanelContext, PanelProps } from './panel-props';
import { RemindersEditor } from './reminders-editor';

export function TaskPanel({ context, ...props }: PanelProps & { context: PanelContext }) {
  return (
    <>
      <TitleField {...props} />
      <InstructionsField {...props} />
      <RoleInputField {...props} input="ownerRole" label="Who does it" />
      <StageField {...props} stages={context.stages} />
      <DueEditor {...props} />
      <RemindersEditor {...props} />
      <EscalationEditor {...props} />
      <OutcomesField {...props} />
      <FormBuilder {...props} />
    </>
  );
}
