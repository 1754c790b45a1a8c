/** The people a PcnFlow step can belong to, as the engine names them. */
export const roles = [
  { value: 'ClinicalDirector', label: 'Clinical Director' },
  { value: 'ProgrammeLead', label: 'Programme lead' },
  { value: 'PracticeManager', label: 'Practice manager' },
  { value: 'PcnBoard', label: 'PCN board' },
  { value: 'SupportPerson', label: 'Support person' },
] as const;

export function roleLabel(role: string): string {
  return roles.find((r) => r.value === role)?.label ?? role;
}
