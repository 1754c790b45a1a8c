import type { ElsaActivity } from '@/lib/elsa/activity';

export interface StepChoice {
  id: string;
  title: string;
}

export interface PanelProps {
  activity: ElsaActivity;
  /** `editKey` groups keystrokes in one field into one undo step. */
  onChange: (activity: ElsaActivity, editKey?: string) => void;
}

export interface PanelContext {
  /** Tasks and reviews in this programme, for a sign-off to choose from. */
  workSteps: StepChoice[];
  /** Stage labels already used, offered as suggestions. */
  stages: string[];
}
