import { readStringList, writeObject } from '@/lib/elsa/inputs';
import { roles } from '@/lib/elsa/roles';
import { LabelField, TextInputField } from './common-fields';
import { CheckboxList } from './fields/checkbox-list';
import type { PanelProps } from './panel-props';

const placeholders = 'You can use {{ pcn.name }} for the PCN’s name.';

export function NotificationPanel(props: PanelProps) {
  const { activity, onChange } = props;
  return (
    <>
      <LabelField {...props} />
      <CheckboxList
        legend="Who gets it"
        choices={roles}
        values={readStringList(activity, 'to') ?? []}
        onChange={(values) => {
          onChange(writeObject(activity, 'to', values), 'to');
        }}
      />
      <TextInputField {...props} input="subject" label="Subject" hint={placeholders} />
      <TextInputField {...props} input="body" label="Message" hint={placeholders} multiline />
    </>
  );
}
