import { displayText, withDisplayText } from '@/lib/elsa/activity';
import { readStringList, readText, writeObject, writeText } from '@/lib/elsa/inputs';
import { ListField } from './fields/list-field';
import { writeTitle } from './write-title';
import { RoleField } from './fields/role-field';
import { TextField } from './fields/text-field';
import type { PanelProps } from './panel-props';

export function TitleField({ activity, onChange }: PanelProps) {
  return (
    <TextField
      label="Title"
      hint="What people will see in their task list"
      value={readText(activity, 'title') ?? ''}
      onChange={(title) => {
        onChange(writeTitle(activity, title), 'title');
      }}
    />
  );
}

export function LabelField({ activity, onChange, label = 'Label on the diagram' }: PanelProps & { label?: string }) {
  return (
    <TextField
      label={label}
      value={displayText(activity) ?? ''}
      onChange={(text) => {
        onChange(withDisplayText(activity, text), 'displayText');
      }}
    />
  );
}

interface TextInputFieldProps extends PanelProps {
  input: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  list?: string;
}

export function TextInputField({ activity, onChange, input, ...field }: TextInputFieldProps) {
  return (
    <TextField
      {...field}
      value={readText(activity, input) ?? ''}
      onChange={(text) => {
        onChange(writeText(activity, input, text), input);
      }}
    />
  );
}

export function InstructionsField(props: PanelProps) {
  return (
    <TextInputField
      {...props}
      input="instructions"
      label="Instructions"
      hint="What to do and what good looks like. You can use **bold** and blank lines."
      multiline
    />
  );
}

export function StageField({ stages, ...props }: PanelProps & { stages: string[] }) {
  const listId = `${props.activity.id}-stages`;
  return (
    <>
      <TextInputField {...props} input="stage" label="Stage" hint="For example, Step 3: What help is required?" list={listId} />
      <datalist id={listId}>
        {stages.map((stage) => (
          <option key={stage} value={stage} />
        ))}
      </datalist>
    </>
  );
}

export function RoleInputField({ activity, onChange, input, label }: PanelProps & { input: string; label: string }) {
  return (
    <RoleField
      label={label}
      value={readText(activity, input) ?? ''}
      onChange={(role) => {
        onChange(writeText(activity, input, role), input);
      }}
    />
  );
}

export function ListInputField({ activity, onChange, input, label, hint }: PanelProps & { input: string; label: string; hint?: string }) {
  return (
    <ListField
      label={label}
      hint={hint}
      values={readStringList(activity, input) ?? []}
      onChange={(values) => {
        onChange(writeObject(activity, input, values.length > 0 ? values : undefined), input);
      }}
    />
  );
}

export function OutcomesField(props: PanelProps) {
  return (
    <ListInputField
      {...props}
      input="outcomes"
      label="Outcomes"
      hint="Each outcome is a way out of this step, one a line. Leave empty for just “Done”."
    />
  );
}
