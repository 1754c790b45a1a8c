import { roles } from '@/lib/elsa/roles';
import { SelectField } from './select-field';

interface RoleFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (role: string) => void;
  inline?: boolean;
}

export function RoleField(props: RoleFieldProps) {
  return <SelectField {...props} choices={roles} />;
}
